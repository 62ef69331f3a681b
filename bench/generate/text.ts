/**
 * Synthetic Chinese text in the shapes of the bundled collection (corpus.ts):
 * sentences, paragraphs and sections of a target length.
 */
import { countChars } from '../../cms/domain'
import type { Corpus } from './corpus'
import { places } from './places'
import type { Random } from './random'

const HAN = /^\p{Script=Han}+$/u
const DIGITS = /^\d+(\.\d+)?$/
const PLACE = /(省|市|县|区)$/

export class TextGenerator {
  private readonly placeNames = places.map((p) => p.name)

  constructor(
    private readonly corpus: Corpus,
    private readonly random: Random,
  ) {}

  /** A focus-area keyword of the collection. */
  keywordsOrDefault(): readonly string[] {
    return this.corpus.keywords.length ? this.corpus.keywords : ['机关党建']
  }

  /** An honour text of the collection. */
  honoursOrDefault(): readonly string[] {
    return this.corpus.honours.length ? this.corpus.honours : ['全省机关党建创新案例']
  }

  /** One word of `length` characters, as frequent as it is in the collection. */
  word(length: number): string | undefined {
    const list = this.corpus.wordsByLength.get(length)
    return list?.length ? this.random.pick(list) : undefined
  }

  /** A real sentence shape with its words (and numbers, and places) swapped at `rate`. */
  sentence(rate = 0.6): string {
    return this.fromShape(this.random.pick(this.corpus.sentences), rate)
  }

  title(): string {
    let title = ''
    while (countChars(title) < 6 || countChars(title) > 40) title = this.fromShape(this.random.pick(this.corpus.titles), 0.7).replace(/[。；！？]$/, '')
    return title
  }

  /** Paragraphs of 2–4 sentences, up to `max` characters (countChars) in all and at least `min`. */
  paragraphs(min: number, max: number): string {
    const paragraphs: string[] = []
    let current = ''
    let count = 0
    let sentences = 0
    for (let tries = 0; tries < 60 && count < min; tries += 1) {
      const sentence = this.sentence()
      const length = countChars(sentence)
      if (count + length > max) continue
      current += sentence
      count += length
      sentences += 1
      if (sentences >= this.random.int(2, 4)) {
        paragraphs.push(current)
        current = ''
        sentences = 0
      }
    }
    if (current) paragraphs.push(current)
    return paragraphs.join('\n')
  }

  /** One run of text up to `max` characters, at least `min`. */
  run(min: number, max: number): string {
    return this.paragraphs(min, max).replace(/\n/g, '')
  }

  private fromShape(tokens: readonly string[], rate: number): string {
    let out = ''
    for (const token of tokens) {
      if (DIGITS.test(token)) out += this.random.chance(rate) ? String(this.number(token)) : token
      else if (HAN.test(token) && token.length >= 2 && PLACE.test(token) && this.random.chance(rate)) out += this.random.pick(this.placeNames)
      else if (HAN.test(token) && this.random.chance(rate)) out += this.word(token.length) ?? token
      else out += token
    }
    return out
  }

  private number(like: string): number | string {
    const value = Number(like)
    if (value >= 1990 && value <= 2030) return this.random.int(2000, 2024)
    if (like.includes('.')) return (this.random.next() * value * 2).toFixed(1)
    return Math.max(1, Math.round(this.random.next() * value * 2))
  }
}
