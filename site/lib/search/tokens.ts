/**
 * The words huibian gives Pagefind: overlapping character pairs, spelt in ASCII.
 *
 * Why this gives no false hits and misses nothing (see text.ts for "contains"):
 * - A block of indexed text is split at spaces into segments. Each character of
 *   a segment becomes one word at its own position: the pair it starts
 *   (character + next) or, for the last character, the character alone.
 * - A term of two or more characters is searched as Pagefind's exact phrase of
 *   its pairs. Consecutive words equal to those pairs spell the term inside one
 *   segment (a segment ends with a single-character word, blocks are split by
 *   an unindexed "."), and every occurrence produces those consecutive words.
 *   So the phrase matches exactly the pages whose text contains the term.
 * - A one-character term is searched as a word prefix: every occurrence of the
 *   character starts exactly one word, and the code is prefix-free.
 * - Words are [0-9a-z] only, so Pagefind's own normalisation, stemming
 *   (none for zh) and the browser's Intl.Segmenter leave them untouched, and
 *   the client needs no segmenter. Meta values carry no ASCII letters or digits
 *   (toMetaValue), so no meta word can equal or start with one of these words.
 */

/** Code points below this take three base-36 symbols (first symbol 0–y); the rest 'z' + four. */
const SHORT_LIMIT = 35 * 36 * 36

/** The prefix-free ASCII code of one character (code point). */
export function charCode(ch: string): string {
  const cp = ch.codePointAt(0)!
  return cp < SHORT_LIMIT ? cp.toString(36).padStart(3, '0') : `z${cp.toString(36).padStart(4, '0')}`
}

/** The block separator: not alphanumeric, so Pagefind keeps it in the text but indexes nothing. */
export const BLOCK_BREAK = '.'

/**
 * Pagefind content for a page: the words of each normalised block (see
 * searchForm), blocks separated by BLOCK_BREAK.
 */
export function indexContent(blocks: readonly string[]): string {
  const words: string[] = []
  for (const block of blocks) {
    if (!block) continue
    if (words.length) words.push(BLOCK_BREAK)
    for (const segment of block.split(' ')) {
      const codes = Array.from(segment, charCode)
      codes.forEach((code, i) => words.push(code + (codes[i + 1] ?? '')))
    }
  }
  return words.join(' ')
}

/** The normalised text back from Pagefind content: blocks on lines, segments split by spaces. */
export function decodeContent(content: string): string {
  let text = ''
  let segmentOpen = false
  for (const word of content.match(/[0-9a-z]+|[^\s0-9a-z\u200b]+/g) ?? []) {
    if (!/^[0-9a-z]/.test(word)) {
      // The block separator (and any mark Pagefind adds at the end).
      if (text && !text.endsWith('\n')) text += '\n'
      segmentOpen = false
      continue
    }
    const length = word[0] === 'z' ? 5 : 3
    if (!segmentOpen && text && !text.endsWith('\n')) text += ' '
    text += String.fromCodePoint(parseInt(word.slice(length === 5 ? 1 : 0, length), 36))
    // A word of one character closes its segment.
    segmentOpen = word.length > length
  }
  return text.trimEnd()
}

/**
 * The Pagefind words of a search term: its pairs, or the code of a single character
 * (which Pagefind matches as a prefix).
 */
export function termWords(term: string): string[] {
  const codes = Array.from(term, charCode)
  if (codes.length === 1) return codes
  return codes.slice(1).map((code, i) => codes[i] + code)
}

/** The Pagefind query that finds exactly the pages containing the term. */
export function exactTermQuery(term: string): string {
  const words = termWords(term)
  return Array.from(term).length === 1 ? words[0]! : `"${words.join(' ')}"`
}

/**
 * One Pagefind query (all words required, no order) for several terms: it finds
 * every page containing all of them, and more when a term has three or more
 * characters; those extras are removed with exactTermQuery.
 */
export function candidateQuery(terms: readonly string[]): string {
  return [...new Set(terms.flatMap(termWords))].join(' ')
}

/** Whether candidateQuery is already exact for these terms. */
export function candidatesAreExact(terms: readonly string[]): boolean {
  return terms.every((term) => Array.from(term).length <= 2)
}

const ASCII_ALNUM = /[0-9A-Za-z]/g
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g

/** A meta value Pagefind may index without colliding with the words above: ASCII letters and digits go full-width. */
export function toMetaValue(value: string): string {
  return value.replace(ASCII_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
}

/** The value to show from a meta value. */
export function fromMetaValue(value: string): string {
  return value.replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}
