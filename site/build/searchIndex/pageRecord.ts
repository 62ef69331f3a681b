/**
 * What a built page gives the search index, read from the Pagefind attributes
 * in its HTML (the subset huibian uses, with Pagefind's meaning):
 * - `data-pagefind-body`: a searchable region; a page without one is not indexed.
 * - `data-pagefind-ignore`: left out of the searchable text.
 * - `data-pagefind-filter` / `-meta` / `-sort`: `key:value`, or `key` for the
 *   element's own text; a filter key may have several values.
 * We read them ourselves because the text reaches Pagefind as pair words
 * (lib/search/tokens.ts), through its custom-record API.
 * @see https://pagefind.app/docs/indexing/
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser'

import { searchForm } from '../../lib/search/text'

export type PageRecord = {
  url: string
  /** The searchable text, normalised, one entry per block (heading, paragraph, list item…). */
  blocks: string[]
  filters: Record<string, string[]>
  meta: Record<string, string>
  sort: Record<string, string>
}

/** Elements that end a run of text: a hit never spans two of them. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
)
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg'])

/** The record of a page, or null when the page has no searchable region. */
export function pageRecordOf(html: string, url: string): PageRecord | null {
  if (!html.includes('data-pagefind-body')) return null
  const root = parse(html, { comment: false, blockTextElements: { pre: true } })
  const bodies = root.querySelectorAll('[data-pagefind-body]').filter((el) => !hasAncestorWith(el, 'data-pagefind-body'))
  if (!bodies.length) return null
  const blocks: string[] = []
  for (const body of bodies) collectBlocks(body, blocks)
  return {
    url,
    blocks,
    filters: attributeValues(root, 'data-pagefind-filter'),
    meta: firstValues(attributeValues(root, 'data-pagefind-meta')),
    sort: sortValuesOf(html),
  }
}

/**
 * A page's `data-pagefind-sort` values, read without parsing the page: the
 * shard planner reads them from every built page on every build
 * (shards.ts `scanPages`), where parsing cost about 0.9 ms a page. So huibian's
 * sort attributes are always `key:value` with a plain value (numbers); the
 * element-text form is refused here rather than read differently.
 */
export function sortValuesOf(html: string): Record<string, string> {
  const sort: Record<string, string> = {}
  for (const [, spec] of html.matchAll(/data-pagefind-sort="([^"]*)"/g)) {
    const colon = spec!.indexOf(':')
    if (colon === -1) throw new Error(`data-pagefind-sort="${spec}" has no value: write it as key:value (huibian reads sort keys without parsing the page)`)
    sort[spec!.slice(0, colon).trim()] ??= normalizeSpaces(spec!.slice(colon + 1))
  }
  return sort
}

/** The searchable text of a region as normalised blocks. */
function collectBlocks(region: HTMLElement, blocks: string[]) {
  let current = ''
  const flush = () => {
    const text = searchForm(current)
    if (text) blocks.push(text)
    current = ''
  }
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text
      return
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return
    const el = node as HTMLElement
    const tag = el.rawTagName?.toLowerCase() ?? ''
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('data-pagefind-ignore') || el.hasAttribute('hidden')) return
    const block = BLOCK_TAGS.has(tag)
    if (block) flush()
    for (const child of el.childNodes) walk(child)
    if (block) flush()
  }
  walk(region)
  flush()
}

function attributeValues(root: HTMLElement, attribute: string): Record<string, string[]> {
  const values: Record<string, string[]> = {}
  for (const el of root.querySelectorAll(`[${attribute}]`)) {
    const spec = el.getAttribute(attribute) ?? ''
    const colon = spec.indexOf(':')
    const key = (colon === -1 ? spec : spec.slice(0, colon)).trim()
    const value = normalizeSpaces(colon === -1 ? el.text : spec.slice(colon + 1))
    if (!key || !value) continue
    const list = (values[key] ??= [])
    if (!list.includes(value)) list.push(value)
  }
  return values
}

const normalizeSpaces = (text: string) => text.replace(/\s+/g, ' ').trim()

function firstValues(values: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, list]) => [key, list[0]!]))
}

function hasAncestorWith(el: HTMLElement, attribute: string): boolean {
  for (let up = el.parentNode; up; up = up.parentNode) if (up.hasAttribute?.(attribute)) return true
  return false
}
