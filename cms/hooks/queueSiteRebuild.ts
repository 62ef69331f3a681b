import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { siteRebuilds } from '../siteBuild'

type Doc = { id?: number | string; _status?: string | null; title?: string; name?: string; headline?: string; slug?: string }

const describe = (label: unknown, doc: Doc | undefined) =>
  `${typeof label === 'string' ? label : ''}「${doc?.title ?? doc?.headline ?? doc?.name ?? doc?.slug ?? ''}」`

/**
 * Whether the public site changes: a publish, an unpublish, or any edit of a
 * collection without drafts. A draft saved over a published document, or a
 * draft that was never published, does not.
 */
async function affectsSite(collection: CollectionSlug, doc: Doc, req: PayloadRequest) {
  if (doc._status === undefined || doc._status === 'published') return true
  const live = (await req.payload.findByID({ collection, id: doc.id!, draft: false, depth: 0, req, overrideAccess: true })) as Doc
  if (live._status === 'published') return false
  // The main document is a draft now: an unpublish if it had been published before.
  const { totalDocs } = await req.payload.countVersions({
    collection,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Publishing (or unpublishing) content queues one debounced rebuild of the public site. */
export const queueRebuildAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  if (context.seeding || context.importing || context.skipRebuild) return doc
  const queue = siteRebuilds(req.payload)
  if (queue && (await affectsSite(collection.slug as CollectionSlug, doc as Doc, req))) {
    queue.request(describe(collection.labels?.singular, doc as Doc))
  }
  return doc
}

export const queueRebuildAfterDelete: CollectionAfterDeleteHook = ({ collection, context, doc, req }) => {
  if (context.seeding || context.importing || context.skipRebuild) return doc
  const wasPublic = (doc as Doc)._status === undefined || (doc as Doc)._status === 'published'
  if (wasPublic) siteRebuilds(req.payload)?.request(`删除${describe(collection.labels?.singular, doc as Doc)}`)
  return doc
}
