/**
 * The searchable text of HTML as normalised blocks (heading, paragraph, list
 * item…), the way the search index reads a page's data-pagefind-body regions:
 * text inside one block stays together, a hit never spans two blocks.
 * `data-pagefind-ignore`, `hidden` and non-text elements are left out.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser'

import { searchForm } from './text'

/** Elements that end a run of text: a hit never spans two of them. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
)
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg'])

/** Parses HTML as the search index reads it. */
export const parseForSearch = (html: string) => parse(html, { comment: false, blockTextElements: { pre: true } })

/** Appends the searchable text of a region to `blocks`. */
export function collectBlocks(region: HTMLElement, blocks: string[]): void {
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

/** The blocks of an HTML fragment (a rich-text field as the page prints it). */
export function htmlBlocks(html: string): string[] {
  const blocks: string[] = []
  if (html) collectBlocks(parseForSearch(html), blocks)
  return blocks
}
