import { isValidID, type CollectionSlug, type JsonObject, type PayloadRequest, type SelectType } from 'payload'

/**
 * Many documents by id in one query, as findByID would find each (missing
 * ones null, by the id as a string). A key that cannot be an id of this
 * database names no document.
 */
export async function findByIds(req: PayloadRequest, collection: CollectionSlug, keys: string[], select: SelectType): Promise<Map<string, JsonObject | null>> {
  const found = new Map<string, JsonObject | null>(keys.map((key) => [key, null]))
  const customIDType = req.payload.collections[collection]?.customIDType
  // MongoDB's default ids are ObjectIds: an `in` list with any other string fails to cast instead of matching nothing.
  const idType = customIDType ?? (req.payload.db.name === 'mongoose' ? 'ObjectID' : req.payload.db.defaultIDType)
  const ids = keys.map((key) => (idType === 'number' ? Number(key) : key)).filter((id) => isValidID(id, idType))
  if (!ids.length) return found
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, depth: 0, limit: 0, pagination: false, req, overrideAccess: true, select })
  for (const doc of docs as JsonObject[]) found.set(String(doc.id), doc)
  return found
}
