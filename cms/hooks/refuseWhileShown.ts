import { type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { conflictError } from '../utilities/conflictError'

/** Where published documents point at this collection: `field` may be `array.field`. */
export type Referrer = { collection: CollectionSlug; field: string; label: string }

type OperationArgs = { id?: number | string; where?: Where; draft?: boolean; data?: { _status?: string } }

async function targetIds(req: PayloadRequest, collection: CollectionSlug, args: OperationArgs) {
  if (args.id !== undefined) return [args.id]
  if (!args.where) return []
  const { docs } = await req.payload.find({ collection, where: args.where, limit: 0, pagination: false, depth: 0, req, overrideAccess: true, select: {} })
  return docs.map((d) => d.id)
}

/**
 * Refuses to delete or unpublish a document that published pages still show
 * (a campaign with published cases, a brand a published case names, …): the
 * site would have to print broken pages, and its build refuses to. The editor
 * is told, in Chinese, what uses it.
 */
export function refuseWhileShown(referrers: Referrer[]): CollectionBeforeOperationHook {
  return async ({ args, collection, operation, req }) => {
    const a = args as OperationArgs
    const unpublishing = operation === 'update' && a.data?._status === 'draft' && !a.draft
    if (operation !== 'delete' && !unpublishing) return args
    if (req.context.allowBrokenReferences) return args
    for (const id of await targetIds(req, collection.slug as CollectionSlug, a)) {
      for (const referrer of referrers) {
        const published = req.payload.collections[referrer.collection]?.config.versions?.drafts
        const where: Where = {
          and: [{ [referrer.field]: { equals: id } }, ...(published ? [{ _status: { equals: 'published' } }] : [])],
        }
        const { totalDocs } = await req.payload.count({ collection: referrer.collection, where, req, overrideAccess: true })
        if (totalDocs > 0) {
          const action = operation === 'delete' ? '删除' : '撤回发布'
          throw conflictError(`不能${action}：仍有 ${totalDocs} 个已发布的${referrer.label}用到它。请先修改或撤回这些${referrer.label}。`)
        }
      }
    }
    return args
  }
}
