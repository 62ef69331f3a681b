import type { RichTextField } from 'payload'
import { richText } from 'payload/shared'

import { isSafeUrl, UNSAFE_URL_MESSAGE } from '../utilities/safeUrl'
import { linkableCollections, writeUpHeadingTags } from './richTextEditor'

type LexicalNode = {
  type?: unknown
  tag?: unknown
  children?: unknown
  fields?: { linkType?: unknown; url?: unknown; doc?: { relationTo?: unknown } | null } | null
}

// What the write-up toolbar (richTextEditor.ts) can make, tables included. Lexical stores any node type a
// client sends, so the rest (raw HTML, uploads, embeds) is refused here rather than trusted.
const nodeTypes = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'list',
  'listitem',
  'quote',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
])
const listTags = new Set(['ul', 'ol'])

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text)

/** The first thing in a rich-text value that the site must not receive, as an editor reads it. */
export function richTextProblem(value: unknown): string | undefined {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return undefined
  const visit = (node: LexicalNode): string | undefined => {
    const type = String(node.type)
    if (!nodeTypes.has(type)) return `正文含有编辑器不支持的内容（${shorten(type)}），请删除后再保存。`
    if (type === 'heading' && !(writeUpHeadingTags as readonly unknown[]).includes(node.tag)) return '正文的小标题只能是三级或四级标题。'
    if (type === 'list' && !listTags.has(String(node.tag))) return '正文的列表只能是编号列表或项目符号列表。'
    if (type === 'link' || type === 'autolink') {
      const fields = node.fields ?? {}
      if (fields.linkType === 'internal') {
        if (!linkableCollections.includes(fields.doc?.relationTo as never)) return '正文中的站内链接只能指向案例、活动、品牌或专题。'
      } else if (typeof fields.url !== 'string' || !isSafeUrl(fields.url)) {
        return `正文中的链接“${shorten(String(fields.url ?? ''))}”不能保存：${UNSAFE_URL_MESSAGE}`
      }
    }
    for (const child of Array.isArray(node.children) ? node.children : []) {
      const problem = child && typeof child === 'object' ? visit(child as LexicalNode) : '正文的结构有误，请重新编辑后保存。'
      if (problem) return problem
    }
    return undefined
  }
  return visit(root)
}

/** `validate` for write-up fields: our checks in Chinese first, then Lexical's own. */
export const safeRichText: RichTextField['validate'] = (value, options) => richTextProblem(value) ?? richText(value, options)
