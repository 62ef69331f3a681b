/**
 * Counts text the way a Chinese reviewer does with Word's 字数统计: every
 * Chinese character and full-width punctuation mark counts one, a run of
 * Latin letters or digits (a word, "12345", "3.0") counts one, and spaces
 * count nothing.
 */

import { invisibleCharacters } from './invisibleCharacters'

// A run of half-width letters and digits, with inner . - _ ' / as in "3.0" or "e-mail".
const latinWord = /[A-Za-z0-9]+(?:[.\-_'’/][A-Za-z0-9]+)*/gu
// What counts nothing: spaces and the characters no reader sees.
const uncounted = new RegExp(`(?:\\s|${invisibleCharacters.source})+`, 'gu')
const surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

// Every save validates the write-up several times (each section's field and the save hook), so this is one pass of
// two regular expressions, not a test per character.
export function countChars(text: string): number {
  if (!text) return 0
  let count = 0
  const rest = text.normalize('NFC').replace(latinWord, () => {
    count += 1
    return ''
  })
  const counted = rest.replace(uncounted, '')
  // One per code point: a character outside the BMP is two UTF-16 units.
  return count + counted.length - (counted.match(surrogatePair)?.length ?? 0)
}
