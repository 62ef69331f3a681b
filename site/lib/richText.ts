import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

import { isSafeUrl } from '../../cms/utilities/safeUrl'

const escapeHTML = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

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
  const link: HTMLConverters['link'] = ({ node, nodesToHTML }) =>
    renderLink(node.fields as LinkFields, nodesToHTML({ nodes: node.children }).join(''))
  const autolink: HTMLConverters['autolink'] = ({ node, nodesToHTML }) =>
    renderLink(node.fields as LinkFields, nodesToHTML({ nodes: node.children }).join(''))
  const { paragraph, linebreak, tab, heading, quote, list } = defaultHTMLConverters
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: { paragraph, linebreak, tab, heading, quote, list, listitem, text, link, autolink, unknown: () => '' },
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
