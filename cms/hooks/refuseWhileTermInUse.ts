import { type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { conflictError } from '../utilities/conflictError'
import { fieldErrors } from '../utilities/fieldErrors'

/** Documents that store a term's value: in any of `fields` (`array.field` for an array's rows). */
export type TermReferrer = { collection: CollectionSlug; fields: string[]; label: string }

type OperationArgs = { id?: number | string; where?: Where; draft?: boolean; data?: { _status?: string } }
type TermDoc = { id: number | string; value?: string | null; label?: string | null }

async function targetTerms(req: PayloadRequest, collection: CollectionSlug, args: OperationArgs): Promise<TermDoc[]> {
  const where: Where | undefined = args.id !== undefined ? { id: { equals: args.id } } : args.where
  if (!where) return []
  const { docs } = await req.payload.find({
    collection,
    where,
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { value: true, label: true },
  })
  return docs as unknown as TermDoc[]
}

/** How many documents of each referrer use the term, e.g. 「12 个案例、1 个征集评选活动」; empty when none. */
export async function termUses(req: PayloadRequest, referrers: TermReferrer[], value: string): Promise<string> {
  const parts: string[] = []
  for (const referrer of referrers) {
    const { totalDocs } = await req.payload.count({
      collection: referrer.collection,
      where: { or: referrer.fields.map((field) => ({ [field]: { equals: value } })) },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) parts.push(`${totalDocs} 个${referrer.label}`)
  }
  return parts.join('、')
}

/**
 * Refuses to delete or unpublish a term that documents still use, drafts
 * included (they would lose their type, field or tier, and the site its
 * label and page), saying how many use it. Unpublishing is refused on the
 * 名称 field of the form; deleting with the admin's error message.
 */
export function refuseWhileTermInUse(referrers: TermReferrer[], listName: string): CollectionBeforeOperationHook {
  return async ({ args, collection, operation, req }) => {
    const a = args as OperationArgs
    const unpublishing = operation === 'update' && a.data?._status === 'draft' && !a.draft
    if (operation !== 'delete' && !unpublishing) return args
    for (const term of await targetTerms(req, collection.slug as CollectionSlug, a)) {
      if (!term.value) continue
      const uses = await termUses(req, referrers, term.value)
      if (!uses) continue
      const action = operation === 'delete' ? '删除' : '撤回发布'
      const message = `不能${action}${listName}“${term.label ?? term.value}”：仍有 ${uses}使用它。请先把它们改用其他${listName}。`
      if (operation === 'delete') throw conflictError(message)
      throw fieldErrors(req, { collection: collection.slug }, [{ path: 'label', message }])
    }
    return args
  }
}
