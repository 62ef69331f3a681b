import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { startCreateBatch, type CreateBatch } from '../database/batchCreate'
import { slugHolderQueries } from '../fields/slug'
import { contentDir as defaultContentDir } from '../paths'
import { readContent, ContentError, type ContentCollection, type ContentEntry } from './readContent'
import { toDocument, type MapContext } from './toDocument'

/** Dependency order: every reference points at a collection seeded earlier (or is deferred). */
export const seedOrder: readonly ContentCollection[] = ['units', 'campaigns', 'brands', 'cases', 'features']

export type SeedCounts = { created: number; updated: number; unchanged: number; skipped: number }
export type SeedSummary = Record<ContentCollection, SeedCounts>

export type SeedOptions = {
  contentDir?: string
  onProgress?: (collection: ContentCollection, done: number, total: number) => void
  /** Told about documents the seed leaves alone because an editor owns their slug. */
  onSkip?: (collection: ContentCollection, entry: ContentEntry) => void
}

type ExistingDoc = { id: number | string; seedHash?: string | null }

/**
 * Loads content/ into the CMS through the Local API, with validation, in one
 * transaction: all of it or none. Idempotent: creates what is missing, updates
 * a document only when its file changed, and never touches (or deletes) a
 * document an editor made.
 */
export async function seedContent(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  const content = readContent(options.contentDir ?? defaultContentDir)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const slugs = new Map(seedOrder.map((c) => [c, new Set(content[c].map((e) => e.slug))]))
  const ids = new Map<string, number | string>()
  const ctx: MapContext = {
    resolve: (collection, slug) => ids.get(`${collection}:${slug}`),
    known: (collection, slug) => slugs.get(collection)?.has(slug) ?? false,
    richText: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }),
  }

  const req = await createLocalReq({ context: { seeding: true, lookups: new Map() } }, payload)
  const ownTransaction = await initTransaction(req)
  const summary = Object.fromEntries(seedOrder.map((c) => [c, { created: 0, updated: 0, unchanged: 0, skipped: 0 }])) as SeedSummary
  const deferred: { collection: ContentCollection; entry: ContentEntry; id: number | string; data: Record<string, unknown> }[] = []

  try {
    for (const collection of seedOrder) {
      const entries = content[collection]
      // New documents are checked one by one and written together when the collection is done.
      const batch = await startCreateBatch(payload, { collection: collection as CollectionSlug, req })
      for (const [index, entry] of entries.entries()) {
        const existing = await findSeeded(req, collection, entry.slug)
        if (existing && !existing.seedHash) {
          summary[collection].skipped += 1
          options.onSkip?.(collection, entry)
        } else if (existing && existing.seedHash === entry.hash) {
          ids.set(`${collection}:${entry.slug}`, existing.id)
          summary[collection].unchanged += 1
        } else {
          const mapped = toDocument(collection, entry, ctx)
          // Lookups memoised while a batch stages would miss an update: write the batch first.
          if (existing) await batch.write()
          const doc = await save(req, collection, entry, mapped.data, existing?.id, batch)
          ids.set(`${collection}:${entry.slug}`, doc.id)
          summary[collection][existing ? 'updated' : 'created'] += 1
          if (Object.keys(mapped.deferred).length) deferred.push({ collection, entry, id: doc.id, data: mapped.deferred })
        }
        options.onProgress?.(collection, index + 1, entries.length)
      }
      await batch.write()
    }
    // References to documents seeded after their referrer (a unit's parent, a case's other appearances).
    for (const { collection, entry, id, data } of deferred) {
      const resolved = Object.fromEntries(
        Object.entries(data).map(([field, value]) => [
          field,
          Array.isArray(value) ? value.map((slug) => ctx.resolve(collection, slug)) : ctx.resolve(collection, value as string),
        ]),
      )
      await save(req, collection, entry, { ...resolved, _status: entry.data.status ?? 'published' }, id)
    }
    if (ownTransaction) await commitTransaction(req)
    return summary
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

async function findSeeded(req: PayloadRequest, collection: ContentCollection, slug: string): Promise<ExistingDoc | undefined> {
  for (const where of slugHolderQueries(slug)) {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { seedHash: true },
    })
    if (docs[0]) return docs[0] as ExistingDoc
  }
  return undefined
}

async function save(
  req: PayloadRequest,
  collection: ContentCollection,
  entry: ContentEntry,
  data: Record<string, unknown>,
  id?: number | string,
  batch?: CreateBatch,
): Promise<{ id: number | string }> {
  try {
    const args = { collection: collection as CollectionSlug, data, depth: 0, overrideAccess: true, req } as const
    if (id !== undefined) return (await req.payload.update({ ...args, id } as never)) as unknown as { id: number | string }
    return batch ? await batch.add(data) : ((await req.payload.create(args as never)) as { id: number | string })
  } catch (error) {
    if (error instanceof ValidationError) {
      const details = error.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
      throw new ContentError(entry.file, details)
    }
    throw new ContentError(entry.file, (error as Error).message)
  }
}

export { ContentError } from './readContent'

export function describeSummary(summary: SeedSummary): string {
  const total = (key: keyof SeedCounts) => seedOrder.reduce((n, c) => n + summary[c][key], 0)
  const per = seedOrder.map((c) => {
    const s = summary[c]
    return `${c} ${s.created + s.updated + s.unchanged}`
  })
  return `created ${total('created')}, updated ${total('updated')}, unchanged ${total('unchanged')}, skipped ${total('skipped')} (${per.join(', ')})`
}
