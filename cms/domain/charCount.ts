/**
 * Counts text the way a Chinese reviewer does with Word's 字数统计: every
 * Chinese character and full-width punctuation mark counts one, a run of
 * Latin letters or digits (a word, "12345", "3.0") counts one, and spaces
 * count nothing.
 */

import { isInvisible } from './invisibleCharacters'

// A run of half-width letters and digits, with inner . - _ ' / as in "3.0" or "e-mail".
const latinWord = /[A-Za-z0-9]+(?:[.\-_'’/][A-Za-z0-9]+)*/gu
const whitespace = /\s/u

export function countChars(text: string): number {
  if (!text) return 0
  let count = 0
  const rest = text.normalize('NFC').replace(latinWord, () => {
    count += 1
    return ' '
  })
  for (const ch of rest) {
    if (!whitespace.test(ch) && !isInvisible(ch)) count += 1
  }
  return count
}
