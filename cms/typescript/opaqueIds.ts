import type { JSONSchema4 } from 'json-schema'

/**
 * Payload types ids by the adapter that runs `generate:types`: numbers on
 * SQLite, strings on MongoDB. huibian runs on both, so the generated types say
 * `number | string` (cms/domain/documentId's DocumentId) for every document id
 * and every reference, and the compiler refuses code that assumes either.
 * Registered as the documented `typescript.schema` hook.
 */
export function opaqueIds({ jsonSchema }: { jsonSchema: JSONSchema4 }): JSONSchema4 {
  const widen = (type: JSONSchema4['type']): JSONSchema4['type'] =>
    type === 'number' ? ['number', 'string'] : Array.isArray(type) && type.includes('number') && !type.includes('string') ? [...type, 'string'] : type
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(visit)
    const schema = node as JSONSchema4
    // A reference: oneOf [its id, the populated document ($ref)].
    if (Array.isArray(schema.oneOf) && schema.oneOf.some((branch) => branch.$ref)) {
      for (const branch of schema.oneOf) if (!branch.$ref) branch.type = widen(branch.type)
    }
    // A document's own id.
    const id = schema.properties?.id
    if (schema.type === 'object' && id && !Array.isArray(id) && typeof id === 'object' && (id as JSONSchema4).type !== undefined) {
      ;(id as JSONSchema4).type = widen((id as JSONSchema4).type)
    }
    for (const value of Object.values(schema)) visit(value)
  }
  visit(jsonSchema)
  const db = jsonSchema.properties?.db?.properties?.defaultIDType
  if (db) db.type = widen(db.type)
  return jsonSchema
}
