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
import type { HTMLElement } from 'node-html-parser'

import { collectBlocks, parseForSearch } from '../../lib/search/htmlBlocks'
import { normalizeSpaces, type SearchRecord } from '../../lib/search/record'

/** A page's record as read from its HTML: the same shape as the record built from the CMS data. */
export type PageRecord = SearchRecord

/** The record of a page, or null when the page has no searchable region. */
export function pageRecordOf(html: string, url: string): PageRecord | null {
  if (!html.includes('data-pagefind-body')) return null
  const root = parseForSearch(html)
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
 * A page's `data-pagefind-sort` values. huibian's sort attributes are always
 * `key:value` with a plain value (numbers), as the records built from the
 * data have them; the element-text form is refused here rather than read
 * differently.
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

function firstValues(values: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, list]) => [key, list[0]!]))
}

function hasAncestorWith(el: HTMLElement, attribute: string): boolean {
  for (let up = el.parentNode; up; up = up.parentNode) if (up.hasAttribute?.(attribute)) return true
  return false
}
