import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { lookupForBatch, stagedDocuments } from '../database/batchCreate'
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
  // A batch's read-ahead and then each of its rows slugify the same titles.
  const slugOf = new Map<string, string>()
  const slugifyOnce = (text: string) => {
    if (slugOf.size > 1000) slugOf.clear()
    let slug = slugOf.get(text)
    if (slug === undefined) slugOf.set(text, (slug = slugify(text)))
    return slug
  }
  /** The slug a document asks for before it is made unique: the one typed, else from its source field. */
  const wanted = (data: Record<string, unknown>, fallback: string) => {
    const typed = typeof data.slug === 'string' && data.slug.trim() ? normalizeSlug(data.slug) : undefined
    const source = sourceFields.map((field) => data[field]).find((value) => typeof value === 'string' && value.trim())
    return (typed ?? slugifyOnce(String(source ?? ''))) || fallback
  }
  return async ({ collection, data, originalDoc, req }) => {
    const original = originalDoc as SlugDoc | undefined
    const previous = original?.slug || undefined
    const typed = typeof data.slug === 'string' && data.slug.trim()
    const fallback = collection.slug.replace(/s$/, '')
    let slug = typed || !previous ? wanted({ ...(originalDoc as Record<string, unknown> | undefined), ...data }, fallback) : previous
    if (slug !== previous) {
      const readAhead = (doc: Record<string, unknown>) => [wanted(doc, fallback)]
      slug = await uniqueSlug(req, collection.slug as CollectionSlug, slug, original?.id, readAhead)
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

type ReadAhead = (data: Record<string, unknown>) => string[]

async function uniqueSlug(req: PayloadRequest, collection: CollectionSlug, base: string, id: number | string | undefined, readAhead: ReadAhead) {
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await slugTaken(req, collection, candidate, id, readAhead))) return candidate
  }
  throw new Error(`No free slug for "${base}"`)
}

/** Whether another document has the slug, now or in its history (or one added to a batch not yet written). */
async function slugTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, id: number | string | undefined, readAhead: ReadAhead) {
  const staged = stagedDocuments(req, collection) as SlugDoc[]
  if (staged.some((doc) => doc.slug === slug || doc.slugHistory?.some((h) => h.slug === slug))) return true
  // A new document: inside a batch, the slugs the whole batch asks for are looked up together.
  if (id === undefined) {
    const loadMany = (slugs: string[]) => slugsTaken(req, collection, slugs)
    return Boolean(await lookupForBatch(req, { collection, lookup: 'slug taken', key: slug, keysOf: readAhead, loadMany }))
  }
  for (const taken of slugHolderQueries(slug)) {
    const where: Where = { and: [taken, { id: { not_equals: id } }] }
    const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}

/** Which of the slugs some document holds, now or in its history: two queries for all of them. */
async function slugsTaken(req: PayloadRequest, collection: CollectionSlug, slugs: string[]): Promise<Map<string, boolean>> {
  const taken = new Map(slugs.map((slug) => [slug, false]))
  for (const where of slugHolderQueries(slugs)) {
    const { docs } = await req.payload.find({
      collection,
      where,
      req,
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { slug: true, slugHistory: true },
    })
    for (const doc of docs as SlugDoc[]) {
      for (const held of [doc.slug, ...(doc.slugHistory ?? []).map((h) => h.slug)]) if (held && taken.has(held)) taken.set(held, true)
    }
  }
  return taken
}
