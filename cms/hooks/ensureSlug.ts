import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { stagedDocuments } from '../database/batchCreate'
import { slugHolderQueries } from '../fields/slug'
import { normalizeSlug, slugify } from '../utilities/slugify'

type SlugDoc = { id?: number | string; slug?: string | null; slugHistory?: { slug?: string | null; changedAt?: string | null }[] | null }

/**
 * Gives a document its permanent slug: from the first filled `sourceFields` on first save,
 * unique across the collection (including old slugs that now redirect), and
 * unchanged when the title changes. An editor's new slug moves the old one
 * into `slugHistory`.
 */
export function ensureSlug(...sourceFields: string[]): CollectionBeforeChangeHook {
  return async ({ collection, data, originalDoc, req }) => {
    const original = originalDoc as SlugDoc | undefined
    const previous = original?.slug || undefined
    const typed = typeof data.slug === 'string' && data.slug.trim() ? normalizeSlug(data.slug) : undefined
    const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
    const source = sourceFields.map((field) => merged[field]).find((value) => typeof value === 'string' && value.trim())
    let slug = typed ?? previous ?? slugify(String(source ?? ''))
    if (!slug) slug = collection.slug.replace(/s$/, '')
    if (slug !== previous) {
      slug = await uniqueSlug(req, collection.slug as CollectionSlug, slug, original?.id)
    }
    data.slug = slug
    if (previous && slug !== previous) {
      const history = (original?.slugHistory ?? []).filter((h) => h.slug && h.slug !== slug && h.slug !== previous)
      data.slugHistory = [...history, { slug: previous, changedAt: new Date().toISOString() }]
    } else if ('slugHistory' in data) {
      // The history is ours to write: a client's list could claim another document's URL.
      data.slugHistory = original?.slugHistory ?? []
    }
    return data
  }
}

async function uniqueSlug(req: PayloadRequest, collection: CollectionSlug, base: string, id?: number | string) {
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await slugTaken(req, collection, candidate, id))) return candidate
  }
  throw new Error(`No free slug for "${base}"`)
}

/** Whether another document has the slug, now or in its history (or one added to a batch not yet written). */
async function slugTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, id?: number | string) {
  const staged = stagedDocuments(req, collection) as SlugDoc[]
  if (staged.some((doc) => doc.slug === slug || doc.slugHistory?.some((h) => h.slug === slug))) return true
  for (const taken of slugHolderQueries(slug)) {
    const where: Where = id === undefined ? taken : { and: [taken, { id: { not_equals: id } }] }
    const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}
