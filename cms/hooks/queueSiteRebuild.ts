import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  RequestContext,
  SanitizedCollectionConfig,
} from 'payload'

import { siteRebuilds } from '../siteBuild'

type Doc = { id?: number | string; _status?: string | null; [field: string]: unknown }

/** 案例「title」: the collection's label and the document's title field (its admin.useAsTitle). */
const describe = (collection: SanitizedCollectionConfig, doc: Doc | undefined) => {
  const label = collection.labels?.singular
  const title = doc?.[collection.admin?.useAsTitle ?? 'id'] ?? doc?.id ?? ''
  return `${typeof label === 'string' ? label : ''}「${String(title)}」`
}

const skipped = (context: RequestContext) => Boolean(context.seeding || context.importing || context.skipRebuild)

const liveKey = (collection: string, id: number | string) => `siteRebuild:live:${collection}:${id}`

/**
 * Whether the site shows the document: with drafts, the site reads the main
 * record, which only publishing and unpublishing write (a saved draft goes to
 * the versions alone).
 */
async function isLive(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const live = (await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true },
  })) as Doc | null
  return live?._status === 'published'
}

/**
 * Before an update: records whether the document is live now, so that the
 * change can be told apart afterwards. The versions cannot tell it: the
 * admin's 取消发布 rewrites the latest published version into a draft
 * (Payload's `unpublishAllLocales`), leaving no trace that it was public.
 */
export const rememberWhetherLive: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  const id = (originalDoc as Doc | undefined)?.id
  if (operation !== 'update' || id === undefined || !collection.versions?.drafts || skipped(context)) return data
  const live = await isLive(req, collection.slug as CollectionSlug, id)
  // On req.context as it is now: each Local API call given `req` replaces it with a copy.
  req.context[liveKey(collection.slug, id)] = live
  return data
}

/**
 * How a saved document changes the public site: 发布 (it is published now),
 * 取消发布 (it was live and is not), 修改/新增 (a collection without drafts,
 * always live), or nothing (a draft saved beside the live version, or a draft
 * that was never live).
 */
async function siteChange(collection: { slug: string; versions?: unknown }, doc: Doc, operation: string, context: RequestContext, req: PayloadRequest) {
  const drafts = Boolean((collection.versions as { drafts?: unknown } | undefined)?.drafts)
  if (!drafts) return operation === 'create' ? '新增' : '修改'
  if (doc._status === 'published') return '发布'
  if (operation !== 'update' || doc.id === undefined || !context[liveKey(collection.slug, doc.id)]) return undefined
  return (await isLive(req, collection.slug as CollectionSlug, doc.id)) ? undefined : '取消发布'
}

/** Publishing, unpublishing or editing live content queues one debounced rebuild of the public site. */
export const queueRebuildAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  if (skipped(context)) return doc
  const queue = siteRebuilds(req.payload)
  if (!queue) return doc
  const change = await siteChange(collection, doc as Doc, operation, context, req)
  if (change) queue.request(`${change}${describe(collection, doc as Doc)}`)
  return doc
}

/** Deleting a live document takes its pages off the site: the same rebuild. */
export const queueRebuildAfterDelete: CollectionAfterDeleteHook = ({ collection, context, doc, req }) => {
  if (skipped(context)) return doc
  const wasLive = (doc as Doc)._status === undefined || (doc as Doc)._status === 'published'
  if (wasLive) siteRebuilds(req.payload)?.request(`删除${describe(collection, doc as Doc)}`)
  return doc
}
