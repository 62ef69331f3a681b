/** The search's words: normalisation, pair words, and why a phrase of them finds exactly the pages containing a term. */
import { describe, expect, it } from 'vitest'

import { containsAllTerms, searchForm, queryTerms } from '../../site/lib/search/text'
import {
  candidateQuery,
  candidatesAreExact,
  charCode,
  decodeContent,
  exactTermQuery,
  fromMetaValue,
  indexContent,
  termWords,
  toMetaValue,
} from '../../site/lib/search/tokens'

/**
 * Pagefind's matching, reduced to what huibian relies on: words at positions
 * (split at whitespace; a word with no letter or digit takes a position but is
 * not indexed), an exact phrase = its words at consecutive positions, a bare
 * word = any indexed word starting with it.
 */
function pagefindMatches(content: string, query: string): boolean {
  const words = content.split(/\s+/).filter(Boolean)
  const indexed = (w: string) => /[0-9a-z]/.test(w)
  const phrase = /^"(.*)"$/.exec(query)
  if (phrase) {
    const wanted = phrase[1]!.split(' ')
    return words.some((_, at) => wanted.every((w, k) => indexed(words[at + k] ?? '') && words[at + k] === w))
  }
  return query.split(' ').every((prefix) => words.some((w) => indexed(w) && w.startsWith(prefix)))
}

// A small alphabet, so that near-misses (shared characters, pairs across a gap) are common.
const alphabet = ['网', '格', '络', '党', '建', '设', '1', '2', 'a', '，', ' ', '𠀀']
function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
}
function seeded(seed: number) {
  let s = seed
  return () => (s = (s * 48271) % 2147483647) / 2147483647
}

describe('search text', () => {
  it('normalises what readers and IMEs vary: width of letters and digits, case, spaces', () => {
    expect(searchForm('１２３４５ ＡＢＣ　Party\u3000 建设\u200b')).toBe('12345 abc party 建设')
    expect(searchForm('“党建＋双拥”，一、')).toBe('“党建＋双拥”，一、')
  })

  it('splits a query into distinct terms at whitespace and drops ASCII quotes', () => {
    expect(queryTerms('  网格  党建 网格 ')).toEqual(['网格', '党建'])
    expect(queryTerms('"网格化管理"')).toEqual(['网格化管理'])
    expect(queryTerms('   ')).toEqual([])
  })

  it('requires every term', () => {
    expect(containsAllTerms('网格化管理', ['网格', '管理'])).toBe(true)
    expect(containsAllTerms('网格化管理', ['网格', '网络'])).toBe(false)
  })
})

describe('pair words', () => {
  it('code characters prefix-free in [0-9a-z], three symbols for every common Han character', () => {
    expect(charCode('网')).toMatch(/^[0-9a-y][0-9a-z]{2}$/)
    expect(charCode('𠀀')).toMatch(/^z[0-9a-z]{4}$/)
    expect(charCode('\u{10ffff}')).toMatch(/^z[0-9a-z]{4}$/)
    expect(new Set(['一', '鿿', '㐀', 'a', '，', '。'].map(charCode)).size).toBe(6)
  })

  it('turn a term into its pairs, a single character into its code', () => {
    expect(termWords('网格化')).toEqual([charCode('网') + charCode('格'), charCode('格') + charCode('化')])
    expect(termWords('网')).toEqual([charCode('网')])
    expect(exactTermQuery('网格')).toBe(`"${charCode('网')}${charCode('格')}"`)
    expect(exactTermQuery('网')).toBe(charCode('网'))
    expect(candidatesAreExact(['网', '网格'])).toBe(true)
    expect(candidatesAreExact(['网格化'])).toBe(false)
  })

  it('decode back to the normalised blocks', () => {
    const blocks = ['建立网格基层治理体系', '福州市 12345 热线', '一', 'a𠀀b']
    expect(decodeContent(indexContent(blocks))).toBe(blocks.join('\n'))
    // Pagefind may add a full stop and zero-width spaces to the stored text.
    expect(decodeContent(`${indexContent(['网格'])}\u200b.`)).toBe('网格')
  })

  it('pass through Intl.Segmenter (which Pagefind runs on zh queries in the browser) unchanged', () => {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
    for (const query of [exactTermQuery('网格化管理𠀀'), candidateQuery(['网格', '12345', 'ab'])]) {
      const words = [...segmenter.segment(query.replace(/"/g, ''))].map((s) => s.segment).filter((s) => s.trim())
      expect(words).toEqual(query.replace(/"/g, '').split(' '))
    }
  })

  it('find exactly the texts that contain a term, for every term of random texts', () => {
    const random = seeded(20261121)
    let checked = 0
    for (let round = 0; round < 300; round += 1) {
      const blocks = Array.from({ length: 1 + Math.floor(random() * 3) }, () => searchForm(randomText(random, 1 + Math.floor(random() * 20))))
      const content = indexContent(blocks)
      const text = blocks.join('\n')
      for (let k = 0; k < 20; k += 1) {
        // Terms from the text itself (hits) and random ones (mostly misses).
        const source = Array.from(k % 2 ? text : randomText(random, 8))
        const start = Math.floor(random() * source.length)
        const [term] = queryTerms(
          source
            .slice(start, start + 1 + Math.floor(random() * 4))
            .join('')
            .replace(/\n/g, ' '),
        )
        if (!term) continue
        expect(pagefindMatches(content, exactTermQuery(term)), `${JSON.stringify(term)} in ${JSON.stringify(text)}`).toBe(text.includes(term))
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(4000)
  })

  it('find with one all-words query every text containing all terms; exactly when terms are short', () => {
    const random = seeded(7)
    for (let round = 0; round < 300; round += 1) {
      const text = searchForm(randomText(random, 24))
      const content = indexContent([text])
      const terms = queryTerms(`${randomText(random, 2)} ${randomText(random, 1 + Math.floor(random() * 3))}`)
      if (!terms.length) continue
      const contains = containsAllTerms(text, terms)
      const found = pagefindMatches(content, candidateQuery(terms))
      if (contains) expect(found).toBe(true)
      if (candidatesAreExact(terms)) expect(found).toBe(contains)
    }
  })

  it('keep meta values free of ASCII letters and digits, and give them back', () => {
    const title = '深化“138”工作机制3.0版本 GB/T 7714'
    expect(toMetaValue(title)).not.toMatch(/[0-9a-z]/i)
    expect(fromMetaValue(toMetaValue(title))).toBe(title)
  })
})
