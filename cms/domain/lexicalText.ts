/** Plain text of a Lexical rich-text value, one line per block, for counting and search. */

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }
export type RichTextValue = { root: LexicalNode } | null | undefined

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'])

export function lexicalToPlainText(value: RichTextValue | unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const lines: string[] = []
  let line = ''
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'linebreak') line += '\n'
    for (const child of node.children ?? []) walk(child)
    if (node.type && blockTypes.has(node.type)) {
      lines.push(line)
      line = ''
    }
  }
  walk(root)
  if (line) lines.push(line)
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}

/** The stored shape of a rich-text value, as Payload types it. */
export type LexicalDocument = {
  root: {
    type: string
    children: { type: unknown; version: number; [k: string]: unknown }[]
    direction: 'ltr' | 'rtl' | null
    format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
    indent: number
    version: number
  }
  [k: string]: unknown
}

/** Builds a Lexical value from plain paragraphs (used by the importer and tests). */
export function plainTextToLexical(text: string): LexicalDocument {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: p, version: 1 }],
      })),
    },
  }
}
