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

/**
 * Lexical → HTML with Payload's converter. Internal links resolve to our own
 * URLs; external ones keep only http(s) and mailto and never pass on the
 * referrer; a link we cannot resolve or trust becomes its plain text.
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
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: { ...defaultHTMLConverters, link, autolink },
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
