/**
 * Lexical rich text (the write-up editor's nodes) as plain blocks the book
 * template lays out. Data, not markup: the template never parses editors'
 * text, so nothing in it can be read as Typst code.
 */
import { isSafeUrl } from '../../../cms/utilities/safeUrl'
import type { InternalHref, LinkTarget } from '../richText'

/** A run of text; b/i/u are bold, italic, underline; link an absolute or site URL. */
export type Run = { s: string; b?: true; i?: true; u?: true; link?: string }

export type Block =
  | { t: 'p'; r: Run[] }
  /** A sub-heading inside a section: depth 1 is （一）, 2 is 1., 3 is （1）. */
  | { t: 'h'; depth: number; r: Run[] }
  | { t: 'list'; ordered: boolean; items: Block[][] }
  | { t: 'quote'; r: Run[] }

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: LexicalNode[]
  fields?: { linkType?: string; url?: string | null; doc?: LinkTarget | null }
}

function runsOf(nodes: LexicalNode[] | undefined, internalHref: InternalHref, link?: string): Run[] {
  const runs: Run[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'text' && node.text) {
      const format = typeof node.format === 'number' ? node.format : 0
      runs.push({
        s: node.text,
        ...(format & 1 ? { b: true } : {}),
        ...(format & 2 ? { i: true } : {}),
        ...(format & 8 ? { u: true } : {}),
        ...(link ? { link } : {}),
      })
    } else if (node.type === 'linebreak') runs.push({ s: '\n' })
    else if (node.type === 'tab') runs.push({ s: ' ' })
    else if (node.type === 'link' || node.type === 'autolink') {
      const fields = node.fields ?? {}
      const href = fields.linkType === 'internal' ? (fields.doc ? internalHref(fields.doc) : undefined) : (fields.url ?? '').trim()
      runs.push(...runsOf(node.children, internalHref, href && isSafeUrl(href) ? href : undefined))
    }
  }
  return runs
}

/** The write-up's heading tags, highest first (h3 → depth 1). */
const headingDepth: Record<string, number> = { h2: 1, h3: 1, h4: 2, h5: 3, h6: 3 }

export function richTextBlocks(value: unknown, internalHref: InternalHref): Block[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  const blocks: Block[] = []
  const walk = (nodes: LexicalNode[] | undefined, into: Block[]) => {
    for (const node of nodes ?? []) {
      if (node.type === 'paragraph') {
        const r = runsOf(node.children, internalHref)
        if (r.some((run) => run.s.trim())) into.push({ t: 'p', r })
      } else if (node.type === 'heading') into.push({ t: 'h', depth: headingDepth[node.tag ?? ''] ?? 1, r: runsOf(node.children, internalHref) })
      else if (node.type === 'quote') into.push({ t: 'quote', r: runsOf(node.children, internalHref) })
      else if (node.type === 'list') {
        const items = (node.children ?? []).map((item) => {
          const inner: Block[] = []
          const inline = (item.children ?? []).filter((c) => c.type !== 'list')
          const r = runsOf(inline, internalHref)
          if (r.length) inner.push({ t: 'p', r })
          walk(
            (item.children ?? []).filter((c) => c.type === 'list'),
            inner,
          )
          return inner
        })
        into.push({ t: 'list', ordered: node.listType === 'number', items })
      }
    }
  }
  walk(root?.children, blocks)
  return blocks
}

/** Plain text as paragraphs (a summary, an abstract). */
export const textBlocks = (text: string | null | undefined): Block[] =>
  (text ?? '')
    .split(/\n\s*\n|\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ t: 'p' as const, r: [{ s }] }))
