/**
 * Normalises a line of text an editor or a file gave us: NFKC (full-width
 * letters, digits and spaces become half-width, which is how Chinese
 * typesetting expects them; full-width punctuation that has no half-width
 * twin is kept), zero-width and control characters removed, runs of spaces
 * collapsed.
 */
// eslint-disable-next-line no-control-regex
const controlOrZeroWidth = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu

export function normalizeText(text: string): string {
  return normalizeLines(text).replace(/\s+/gu, ' ').trim()
}

/** As `normalizeText`, but keeps line breaks (for multi-line fields). */
export function normalizeLines(text: string): string {
  return keepChinesePunctuation(text)
    .replace(controlOrZeroWidth, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/ *\n */g, '\n')
    .trim()
}

// NFKC would turn Chinese full-width punctuation (，：；！？（）) into ASCII, which
// Chinese typography does not want; we fold letters, digits and spaces only.
function keepChinesePunctuation(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u2000-\u200A\u00A0]/gu, (ch) =>
    ch.normalize('NFKC'),
  ).normalize('NFC')
}
