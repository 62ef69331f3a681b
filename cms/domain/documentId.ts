/**
 * A document's id: a number on SQLite, an ObjectId's hex string on MongoDB.
 * Opaque everywhere else: compare it, print it, key a Map with it; never
 * parse it, order by it or do arithmetic with it.
 */
export type DocumentId = number | string

/** A relationship as Payload returns it: the id at depth 0, the document when populated. */
export type Ref<T extends { id: DocumentId } = { id: DocumentId }> = DocumentId | T | null | undefined

/** The id a relationship points to, populated or not. */
export function refId(ref: Ref): DocumentId | undefined {
  if (ref === null || ref === undefined) return undefined
  return typeof ref === 'object' ? ref.id : ref
}

/** Whether a value is a document id (for ids read from unknown-shaped data). */
export const isDocumentId = (value: unknown): value is DocumentId =>
  (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && value !== '')
