import { invisibleCharacters } from '../domain/invisibleCharacters'

// Control characters (but tab, line feed and carriage return) and the invisible ones.
const controlOrInvisible = new RegExp(`[^\\P{Cc}\\t\\n\\r]|${invisibleCharacters.source}`, 'gu')

/**
 * Normalises a line of text an editor or a file gave us: NFKC (full-width
 * letters, digits and spaces become half-width, which is how Chinese
 * typesetting expects them; full-width punctuation that has no half-width
 * twin is kept), control and invisible characters removed, runs of spaces
 * collapsed.
 */
export function normalizeText(text: string): string {
  return normalizeLines(text).replace(/\s+/gu, ' ').trim()
}

/** As `normalizeText`, but keeps line breaks (for multi-line fields). */
export function normalizeLines(text: string): string {
  return keepChinesePunctuation(text)
    .replace(controlOrInvisible, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/ *\n */g, '\n')
    .trim()
}

/** Removes control and invisible characters only, keeping every space (for rich-text runs). */
export function stripInvisible(text: string): string {
  return text.replace(controlOrInvisible, '')
}

// NFKC would turn Chinese full-width punctuation (，：；！？（）) into ASCII, which
// Chinese typography does not want; we fold letters, digits and spaces only.
function keepChinesePunctuation(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u2000-\u200A\u00A0]/gu, (ch) => ch.normalize('NFKC')).normalize('NFC')
}
