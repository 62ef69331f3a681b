/**
 * The picture a link to a case or feature shows when shared (og:image): a
 * 1200×630 card with the title, its unit and award, and the campaign, drawn as
 * SVG and rasterised to PNG by sharp at build time (no external service). Its
 * faces are the book's Debian fonts (site/lib/book/fonts.ts), found by
 * fontconfig. A card is cached on disk by the hash of its SVG, so a build
 * draws only the cards whose text changed.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { env } from '../../../cms/env'
import { bookFontFiles, bookFonts } from '../book/fonts'
import { ogImageSize } from './size'

export type OgCard = {
  /** Above the title: the campaign (or the publication of a feature). */
  kicker: string
  title: string
  /** Under the title, one line each: unit, award… */
  lines: string[]
  /** At the foot: the site's name. */
  footer: string
}

const accent = '#9e1b1f'
const ink = '#1d2125'
const muted = '#4f5963'

/** Glyph width in em: CJK, full-width forms and (in a CJK face) quotes take one, the rest about half. */
const widthOf = (char: string) => (/[\u2018-\u201F\u2026\u00B7\u2E80-\uFFEF]/.test(char) ? 1 : 0.55)
/** Chinese line-breaking: these never start a line. */
const noLineStart = /[，。、；：？！）》」』”’…·]/

/** Greedy lines of at most `em` em; the last allowed line ends with … when the text goes on. */
export function wrapText(text: string, em: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const char of [...text.replace(/\s+/g, ' ').trim()]) {
    const w = widthOf(char)
    if (width + w > em && line) {
      let carried = ''
      if (noLineStart.test(char) && [...line].length > 1) {
        carried = [...line].at(-1)!
        line = [...line].slice(0, -1).join('')
      }
      lines.push(line)
      line = carried
      width = [...carried].reduce((n, c) => n + widthOf(c), 0)
    }
    line += char
    width += w
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, -1).join('')}…`
  return kept
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const textLine = (s: string, x: number, y: number, size: number, attrs: string) => `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${escapeXml(s)}</text>`

export function ogCardSvg(card: OgCard): string {
  const { width, height } = ogImageSize
  const left = 80
  const usable = width - 2 * left
  const titleSize = 60
  const title = wrapText(card.title, usable / titleSize, 3)
  const kicker = wrapText(card.kicker, usable / 30, 1)
  const lines = card.lines
    .filter(Boolean)
    .flatMap((l) => wrapText(l, usable / 32, 1))
    .slice(0, 2)
  const sans = `font-family="${bookFonts.hei}, sans-serif"`
  const serif = `font-family="${bookFonts.title}, serif" font-weight="bold"`
  let y = 150
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="18" fill="${accent}"/>`,
    ...kicker.map((k) => textLine(k, left, 110, 30, `${sans} fill="${accent}"`)),
    ...title.map((t) => textLine(t, left, (y += titleSize * 1.35), titleSize, `${serif} fill="${ink}"`)),
  ]
  y += 30
  for (const l of lines) parts.push(textLine(l, left, (y += 50), 32, `${sans} fill="${muted}"`))
  parts.push(`<rect x="${left}" y="${height - 92}" width="8" height="40" fill="${accent}"/>`)
  parts.push(textLine(card.footer, left + 24, height - 60, 30, `${sans} fill="${ink}"`))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`
}

const cacheDir = () => path.join(path.resolve(env.siteCache()), 'og')

const drawing = new Map<string, Promise<string>>()

/**
 * Draws the card into the cache unless it is there, and gives its file. Cards
 * are started when their route lists its paths, before Astro renders any page:
 * sharp draws them, two at a time, on its own threads while the pages render.
 */
export function ogCardFile(card: OgCard): Promise<string> {
  const svg = ogCardSvg(card)
  const key = createHash('sha1')
    .update(sharp.versions.vips ?? '')
    .update('\0')
    .update(svg)
    .digest('hex')
    .slice(0, 24)
  let file = drawing.get(key)
  if (!file) {
    file = draw(svg, path.join(cacheDir(), `${key}.png`))
    // Started early, awaited by its route: a failure is the route's to report.
    file.catch(() => undefined)
    drawing.set(key, file)
  }
  return file
}

/**
 * Cards drawn at once. sharp works on libuv's thread pool (4 threads), which
 * every page's file writes and CSP hashes wait for too: a thousand cards
 * queued at once held the first page back 10 s with the main thread idle.
 */
const drawingAtOnce = 2
let drawingNow = 0
const waitingToDraw: (() => void)[] = []

async function draw(svg: string, file: string): Promise<string> {
  if (fs.existsSync(file)) return file
  if (drawingNow < drawingAtOnce) drawingNow += 1
  // A card that finishes hands its turn to the next one.
  else await new Promise<void>((resolve) => waitingToDraw.push(resolve))
  try {
    return await drawNow(svg, file)
  } finally {
    const next = waitingToDraw.shift()
    if (next) next()
    else drawingNow -= 1
  }
}

async function drawNow(svg: string, file: string): Promise<string> {
  // The fonts must be installed, or librsvg would draw the text in some other face without a word.
  bookFontFiles()
  // No palette quantisation: it tripled the drawing time for a file a third smaller.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Written whole under another name first, so that a build that dies leaves no half file in the cache.
  fs.writeFileSync(`${file}.${process.pid}`, png)
  fs.renameSync(`${file}.${process.pid}`, file)
  return file
}
