/**
 * The language of the synthetic cases, learnt from the bundled collection
 * (content/): its sentences as shapes (the sequence of words and punctuation)
 * and its words by length and frequency. A synthetic sentence is a real shape
 * with most words swapped for other words of the same length, drawn as often
 * as they occur in the collection, so the text has the collection's sentence
 * lengths, punctuation and Zipf-like vocabulary without copying it.
 */
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

import { contentDir } from '../../cms/paths'
import { readContent } from '../../cms/seed/readContent'

export type Corpus = {
  /** Sentences as token lists; a token is a word, a number or punctuation. */
  sentences: string[][]
  /** Case titles as token lists. */
  titles: string[][]
  /** Words of Chinese characters by length, repeated as often as they occur. */
  wordsByLength: Map<number, string[]>
  /** Short phrases editors use as keywords (focus areas, themes). */
  keywords: string[]
  /** Honour and recognition texts. */
  honours: string[]
}

const HAN = /^\p{Script=Han}+$/u

export function readCorpus(dir = contentDir): Corpus {
  const content = readContent(dir)
  const jieba = Jieba.withDict(dict)
  const texts: string[] = []
  const titles: string[][] = []
  const keywords = new Set<string>()
  const honours = new Set<string>()
  for (const entry of content.cases) {
    const d = entry.data as Record<string, unknown>
    titles.push(jieba.cut(String(d.title), false))
    if (typeof d.abstract === 'string') texts.push(d.abstract)
    texts.push(entry.body.replace(/^##.*$/gm, '').replace(/\*\*/g, ''))
    for (const k of (d.focusAreas as string[] | undefined) ?? []) keywords.add(k)
    for (const h of (d.honours as { text?: string }[] | undefined) ?? []) if (h.text) honours.add(h.text)
  }
  for (const entry of content.campaigns) {
    const d = entry.data as Record<string, unknown>
    for (const key of ['summary', 'preface', 'theme'] as const) if (typeof d[key] === 'string') texts.push(d[key] as string)
    for (const t of (d.themes as string[] | undefined) ?? []) keywords.add(t)
    for (const t of (d.caseTypes as { focusAreas?: string[] }[] | undefined) ?? []) for (const f of t.focusAreas ?? []) keywords.add(f)
  }
  for (const entry of [...content.brands, ...content.units]) {
    const d = entry.data as Record<string, unknown>
    if (typeof d.description === 'string') texts.push(d.description)
    for (const h of (d.recognitions as { text?: string }[] | undefined) ?? []) if (h.text) honours.add(h.text)
  }
  for (const entry of content.features) {
    texts.push(entry.body)
    for (const e of (entry.data as { entries?: { blurb?: string }[] }).entries ?? []) if (e.blurb) texts.push(e.blurb)
  }

  const sentences: string[][] = []
  const wordsByLength = new Map<number, string[]>()
  for (const text of texts) {
    for (const sentence of text.replace(/\s+/g, '').match(/[^。！？；]+[。！？；]?/g) ?? []) {
      if (sentence.length < 6) continue
      const tokens = jieba.cut(sentence, false)
      sentences.push(tokens)
      for (const token of tokens) {
        if (!HAN.test(token)) continue
        const list = wordsByLength.get(token.length) ?? []
        list.push(token)
        wordsByLength.set(token.length, list)
      }
    }
  }
  if (!sentences.length) throw new Error(`No sentences found in ${dir}: the bench learns its text from the bundled collection.`)
  return { sentences, titles, wordsByLength, keywords: [...keywords], honours: [...honours] }
}
