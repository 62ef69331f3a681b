import type { FieldHook } from 'payload'

import { normalizeLines, normalizeText, stripInvisible } from '../utilities/normalizeText'

/**
 * What editors, files and API clients type is normalised before it is
 * validated: control and invisible characters out (zero-width, bidi
 * overrides), full-width letters and digits folded, spaces collapsed and
 * trimmed. A required field left empty by this fails validation as empty.
 */
const normalized = (value: unknown, normalize: (text: string) => string): unknown => {
  if (typeof value === 'string') return normalize(value)
  // `hasMany` text fields hold a list; entries that normalise to nothing are dropped.
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? normalize(v) : v)).filter((v) => v !== '')
  return value
}

/** Single-line text: one space between words, no line breaks. */
export const normalizeTextField: FieldHook = ({ value }) => normalized(value, normalizeText)

/** Multi-line text: as single-line, but line breaks are kept. */
export const normalizeTextareaField: FieldHook = ({ value }) => normalized(value, normalizeLines)

type LexicalNode = { text?: unknown; children?: unknown }

/** Rich text: invisible characters out of every text run; spacing is the author's. */
export const stripInvisibleFromRichText: FieldHook = ({ value }) => {
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') node.text = stripInvisible(node.text)
    if (Array.isArray(node.children)) for (const child of node.children) if (child && typeof child === 'object') walk(child)
  }
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (root && typeof root === 'object') walk(root)
  return value
}
