import path from 'node:path'

import type { Loader, LoaderContext } from 'astro/loaders'
import type { CollectionSlug, Payload } from 'payload'

import { openPayload } from '../../cms/openPayload'
import { mediaDir, rootDir } from '../../cms/paths'

/** The collections the site publishes. */
export type PublicCollection = 'cases' | 'campaigns' | 'features' | 'brands' | 'units'

/** A failure to read the CMS: the build stops and says what to do. */
export class CmsReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CmsReadError'
  }
}

let payloadPromise: Promise<Payload> | undefined

/**
 * `astro check` and `astro sync` only need the collections' types, which do
 * not depend on the data: they must work without a database (CI, fresh clone).
 */
const typesOnly = ['check', 'sync'].includes(process.argv[2] ?? '')

/** One Payload per build, shared by every collection's loader. */
function payload(): Promise<Payload> {
  payloadPromise ??= openPayload().catch((error: unknown) => {
    payloadPromise = undefined
    throw new CmsReadError(
      `Cannot open the CMS (${(error as Error).message}). Check DATABASE_URL (unset means data/huibian.db) and run \`npm run seed\` if the database is new.`,
      { cause: error },
    )
  })
  return payloadPromise
}

/**
 * Reads everything an anonymous visitor may read: published documents only
 * (`draft: false`), private fields removed by their field access
 * (`overrideAccess: false`, no user), references as ids (`depth: 0`).
 */
async function readPublic(collection: CollectionSlug, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const cms = await payload()
  try {
    const { docs } = await cms.find({
      collection,
      overrideAccess: false,
      draft: false,
      depth: 0,
      // Joins list related ids regardless of their status; the site builds its own indexes.
      joins: false,
      pagination: false,
      sort: 'id',
      ...extra,
    } as unknown as Parameters<Payload['find']>[0])
    return docs as unknown as Record<string, unknown>[]
  } catch (error) {
    throw new CmsReadError(`Cannot read "${collection}" from the CMS: ${(error as Error).message}`, { cause: error })
  }
}

/**
 * Stores the entries, skipping those whose digest is unchanged since the last
 * build, and drops the ones the CMS no longer publishes.
 */
async function syncStore(
  context: LoaderContext,
  entries: { id: string; data: Record<string, unknown>; filePath?: string }[],
): Promise<void> {
  const { store, parseData, generateDigest } = context
  const seen = new Set<string>()
  for (const entry of entries) {
    seen.add(entry.id)
    const digest = generateDigest(entry.data)
    if (store.get(entry.id)?.digest === digest) continue
    const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.filePath })
    store.set({ id: entry.id, data, digest, filePath: entry.filePath })
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
}

/** A content loader for one published collection of the CMS. */
export function payloadLoader(collection: PublicCollection): Loader {
  return {
    name: `payload-${collection}`,
    load: async (context) => {
      if (typesOnly) return
      const docs = await readPublic(collection)
      if (collection === 'cases' && docs.length === 0) {
        throw new CmsReadError(
          'The CMS has no published cases, so there is no site to build. Publish at least one case in the admin, or load the bundled collection with `npm run seed`.',
        )
      }
      await syncStore(
        context,
        docs.map((doc) => ({ id: String(doc.id), data: doc })),
      )
      context.logger.info(`${docs.length} published ${collection}`)
    },
  }
}

/**
 * The images of published cases, as files on disk for Astro's image pipeline
 * (`image()` in the schema), so that pages get AVIF and WebP in several widths.
 * Uploads used only by drafts are never read, so they never reach dist/.
 */
export function mediaLoader(): Loader {
  return {
    name: 'payload-media',
    load: async (context) => {
      if (typesOnly) return
      const cases = await readPublic('cases', { select: { images: true } })
      const ids = new Set<number>()
      for (const kase of cases) {
        for (const item of (kase.images as { image?: unknown }[] | null | undefined) ?? []) {
          if (typeof item.image === 'number') ids.add(item.image)
        }
      }
      const media = ids.size ? await readPublic('media', { where: { id: { in: [...ids] } } }) : []
      const found = new Set(media.map((m) => m.id))
      const missing = [...ids].filter((id) => !found.has(id))
      if (missing.length) {
        throw new CmsReadError(
          `Published cases use images that the CMS does not have (media ids ${missing.join(', ')}). Re-upload them, or remove them from those cases.`,
        )
      }
      const dir = path.relative(rootDir, mediaDir)
      await syncStore(
        context,
        media.map((m) => ({
          id: String(m.id),
          filePath: path.join(dir, String(m.filename)),
          data: {
            id: m.id,
            src: `./${String(m.filename)}`,
            alt: m.alt ?? '',
            caption: m.caption ?? null,
            width: m.width ?? null,
            height: m.height ?? null,
            updatedAt: m.updatedAt,
          },
        })),
      )
    },
  }
}
