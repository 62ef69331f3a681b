/**
 * The excerpt under a result: a window of the page's lead around the first
 * hit, with every occurrence of every term marked. Marks come from the text
 * itself, so they sit exactly on the query (never 城<mark>东街</mark>道).
 */
import { searchForm } from './text'

export type TextPart = { text: string; hit: boolean }

const ELLIPSIS = '…'

/** The spans [start, end) where any term occurs, merged where they overlap. */
export function hitSpans(text: string, terms: readonly string[]): [number, number][] {
  const spans: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) spans.push([at, at + term.length])
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/** A text split into marked and unmarked parts. */
export function markTerms(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const [start, end] of hitSpans(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false })
    parts.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return parts
}

/** The most of a lead a result's fragment stores: an abstract is rarely longer. */
export const LEAD_LIMIT = 300

/**
 * The text a result's excerpt is cut from: the page's lead (a case's abstract,
 * a brand's description), normalised (searchForm) and at most LEAD_LIMIT
 * characters. Each result's fragment stores this instead of the page's whole
 * indexed text (about 0.8 KB instead of 6 KB compressed); the static first view
 * of the search page cuts its excerpts from the same text.
 */
export function leadText(lead: string): string {
  const chars = Array.from(searchForm(lead))
  return chars.length > LEAD_LIMIT ? chars.slice(0, LEAD_LIMIT).join('') : chars.join('')
}

/**
 * The meta key of a page's lead in its search record (the abstract element
 * marks it with data-pagefind-meta="lead"). The indexer keeps it out of
 * Pagefind's meta, which Pagefind would index, and stores it as the fragment's content.
 */
export const leadMetaKey = 'lead'

/**
 * The excerpt of a result, cut from its lead (see leadText): a window around
 * the first hit with every term marked; without a hit there, or without terms,
 * the lead's opening.
 */
export function buildExcerpt(lead: string, terms: readonly string[], length = 90): TextPart[] {
  const text = lead.trim()
  if (!text) return []
  const spans = hitSpans(text, terms)
  if (!spans.length) return window(text, 0, length, terms)
  // Some context before the hit, the rest after it.
  const start = Math.max(0, Math.min(spans[0]![0] - Math.floor(length / 4), text.length - length))
  return window(text, start, length, terms)
}

function window(text: string, from: number, length: number, terms: readonly string[]): TextPart[] {
  // Never cut a character outside the Basic Multilingual Plane in half.
  const start = isLowSurrogate(text, from) ? from + 1 : from
  let end = Math.min(text.length, start + length)
  if (end < text.length && isLowSurrogate(text, end)) end += 1
  const parts = markTerms(text.slice(start, end), terms)
  // A term cut by the window edge is not marked half: markTerms only marks whole terms.
  if (start > 0) parts.unshift({ text: ELLIPSIS, hit: false })
  if (end < text.length) parts.push({ text: ELLIPSIS, hit: false })
  return parts
}

const isLowSurrogate = (text: string, at: number) => {
  const unit = text.charCodeAt(at)
  return unit >= 0xdc00 && unit <= 0xdfff
}
