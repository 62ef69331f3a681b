/**
 * The excerpt under a result: a window of the page's indexed text around the
 * first hit, with every occurrence of every term marked. Marks come from the
 * text itself, so they sit exactly on the query (never 城<mark>东街</mark>道).
 */

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

/**
 * The excerpt of a result. `text` is the decoded indexed text, one block per
 * line, the title first. It shows the first hit after the title (the title is
 * shown and marked anyway); without one, or without terms, the opening of the
 * first long block (the abstract or description).
 */
export function buildExcerpt(text: string, terms: readonly string[], length = 90): TextPart[] {
  const blocks = blocksOf(text)
  const body = blocks.slice(1)
  let hit: { block: (typeof blocks)[number]; at: number } | undefined
  for (const block of body) {
    const spans = hitSpans(block.text, terms)
    if (spans.length) {
      hit = { block, at: spans[0]![0] }
      break
    }
  }
  if (!hit) {
    const lead =
      body.find((b) => b.text.length >= 40) ??
      body.reduce<(typeof blocks)[number] | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined)
    if (!lead) return []
    return window(lead.text, 0, length, terms)
  }
  // Some context before the hit, the rest after it.
  const start = Math.max(0, Math.min(hit.at - Math.floor(length / 4), hit.block.text.length - length))
  return window(hit.block.text, start, length, terms)
}

function blocksOf(text: string): { text: string }[] {
  return text
    .split('\n')
    .map((line) => ({ text: line.trim() }))
    .filter((b) => b.text)
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
