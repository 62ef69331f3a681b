import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { isSafeUrl } from '../../cms/utilities/safeUrl'

const escapeHTML = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** The documents a rich-text link may point at (cms/fields/richTextEditor.ts). */
export type LinkTarget = { relationTo: string; value: unknown }

/** Our URL for a linked document, or undefined when it is not on the site. */
export type InternalHref = (target: LinkTarget) => string | undefined

type LinkFields = { linkType?: 'custom' | 'internal'; url?: string | null; doc?: LinkTarget | null; newTab?: boolean }

// Lexical's text format bits (lexical/utils/nodeFormat).
const textFormats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

// Payload's text and list-item converters write inline style attributes, which the
// site's Content-Security-Policy (style-src 'self') blocks; these write elements and classes.
const text: HTMLConverters['text'] = ({ node }) =>
  textFormats.reduce((html, [bit, tag]) => (node.format & bit ? `<${tag}>${html}</${tag}>` : html), escapeHTML(node.text))

const listitem: HTMLConverters['listitem'] = ({ node, nodesToHTML }) => {
  const nested = node.children.some((child) => child.type === 'list')
  return `<li${nested ? ' class="nested"' : ''}>${nodesToHTML({ nodes: node.children }).join('')}</li>`
}

type TableCellNode = { headerState?: number; colSpan?: number; rowSpan?: number; children: never[] }

// Payload's table converters write inline borders and padding (blocked by the CSP, as above):
// these write the table alone, in the site's scrolling wrapper (focusable, so a keyboard can scroll it at 360 px).
const table: HTMLConverters['table'] = ({ node, nodesToHTML }) =>
  `<div class="table-wrap" tabindex="0"><table><tbody>${nodesToHTML({ nodes: node.children }).join('')}</tbody></table></div>`
const tablerow: HTMLConverters['tablerow'] = ({ node, nodesToHTML }) => `<tr>${nodesToHTML({ nodes: node.children }).join('')}</tr>`
const tablecell: HTMLConverters['tablecell'] = ({ node, nodesToHTML }) => {
  const cell = node as unknown as TableCellNode
  const tag = cell.headerState && cell.headerState > 0 ? 'th' : 'td'
  const span = (name: string, n?: number) => (n && Number.isInteger(n) && n > 1 && n < 100 ? ` ${name}="${n}"` : '')
  return `<${tag}${span('colspan', cell.colSpan)}${span('rowspan', cell.rowSpan)}>${nodesToHTML({ nodes: cell.children }).join('')}</${tag}>`
}

/**
 * Lexical → HTML with Payload's converter. Internal links resolve to our own
 * URLs; external ones keep only http(s) and mailto and never pass on the
 * referrer; a link we cannot resolve or trust becomes its plain text. Only
 * the node types the write-up editor makes are rendered; anything else
 * (a draft saved before validation, a hand-made API call) renders as nothing.
 */
export function richTextToHtml(value: unknown, internalHref: InternalHref): string {
  const data = value as { root?: { children?: unknown[] } } | null | undefined
  if (!data?.root?.children?.length) return ''
  const renderLink = (fields: LinkFields, children: string): string => {
    if (fields.linkType === 'internal') {
      const href = fields.doc ? internalHref(fields.doc) : undefined
      return href ? `<a href="${escapeHTML(href)}">${children}</a>` : children
    }
    const url = (fields.url ?? '').trim()
    if (!url || !isSafeUrl(url)) return children
    if (url.startsWith('/') || url.startsWith('#')) return `<a href="${escapeHTML(url)}">${children}</a>`
    return `<a href="${escapeHTML(url)}" rel="noopener noreferrer">${children}</a>`
  }
  const link: HTMLConverters['link'] = ({ node, nodesToHTML }) => renderLink(node.fields as LinkFields, nodesToHTML({ nodes: node.children }).join(''))
  const autolink: HTMLConverters['autolink'] = ({ node, nodesToHTML }) => renderLink(node.fields as LinkFields, nodesToHTML({ nodes: node.children }).join(''))
  const { paragraph, linebreak, tab, heading, quote, list } = defaultHTMLConverters
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: { paragraph, linebreak, tab, heading, quote, list, listitem, text, link, autolink, table, tablerow, tablecell, unknown: () => '' },
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
