import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { pinyin } from 'pinyin-pro'

import { normalizeText } from './normalizeText'

/** Longest slug we generate; long Chinese titles are cut at a word boundary. */
export const SLUG_MAX_LENGTH = 60

// One segmenter per process, kept on globalThis: the warm builder loads a new copy of this module
// with each build's page bundle, and loading jieba's dictionary costs about half a second.
const shared = globalThis as { huibianJieba?: Jieba }
const han = /\p{Script=Han}/u

/**
 * A readable pinyin slug: words from jieba, each word's syllables joined
 * (“坊巷讲习所”的探索与实践 → fang-xiang-jiangxisuo-de-tansuo-yu-shijian).
 * Punctuation and full- or half-width forms of the same title give the same slug.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const normalized = normalizeText(text).normalize('NFKC').toLowerCase()
  shared.huibianJieba ??= Jieba.withDict(dict)
  const words: string[] = []
  for (const token of shared.huibianJieba.cut(normalized, false)) {
    const word = han.test(token) ? pinyin(token, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('') : token
    const clean = word
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
    if (clean) words.push(clean)
  }
  let slug = ''
  for (const word of words.join('-').split('-')) {
    if (!word) continue
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  return slug
}

/** Cleans a slug an editor typed: Chinese becomes pinyin, anything else becomes hyphens. */
export function normalizeSlug(input: string): string {
  if (han.test(input)) return slugify(input)
  return normalizeText(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
}
