import type { Access, Where } from 'payload'

import { refId, type DocumentId, type Ref } from '../domain/documentId'

/**
 * Staff read every image; anyone else only the images a published case
 * shows. A photo uploaded for a draft (its alt text, caption and bytes: the
 * file route checks the same rule) stays with editors until the case is
 * published, and goes back to them when the case is withdrawn.
 */
export const publishedImagesOrEditors: Access = async ({ req }) => {
  if (req.user) return true
  const { docs } = await req.payload.find({
    collection: 'cases',
    where: { _status: { equals: 'published' } },
    select: { images: true },
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    req,
  })
  const ids = new Set<DocumentId>()
  for (const kase of docs)
    for (const item of kase.images ?? []) {
      const id = refId(item.image as Ref)
      if (id !== undefined) ids.add(id)
    }
  // An empty `in` is not portable across the adapters; no document lacks an id.
  const where: Where = ids.size ? { id: { in: [...ids] } } : { id: { exists: false } }
  return where
}
