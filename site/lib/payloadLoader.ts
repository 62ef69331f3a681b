import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Loader, LoaderContext } from 'astro/loaders'
import type { CollectionSlug, Payload } from 'payload'

import { refId, type DocumentId, type Ref } from '../../cms/domain/documentId'
import { openPayload } from '../../cms/openPayload'
import { evidenceDir, mediaDir, rootDir } from '../../cms/paths'
import type { Case } from '../../cms/payload-types'
import { pruneWriteUps, saveWriteUp, writeUpFileField } from './writeUpStore'

/** The collections the site publishes. */
export type PublicCollection =
  'cases' | 'campaigns' | 'publicity-notices' | 'result-lists' | 'features' | 'brands' | 'units' | 'case-types' | 'party-fields' | 'themes' | 'award-tiers'

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
export function sharedPayload(): Promise<Payload> {
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
  const cms = await sharedPayload()
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
 * Bump when the shape of stored entries changes (this file, Payload's field
 * config): the next build then reads every document again.
 */
const STORE_FORMAT = '4'

/**
 * Loads a collection into Astro's store, reading from the CMS only what changed
 * since the last build: first each published document's id and updatedAt, then
 * in full only the documents that are new or were saved since (their updatedAt
 * is the entry's digest). Entries the CMS no longer publishes are dropped.
 */
async function loadChanged(context: LoaderContext, collection: PublicCollection): Promise<{ total: number; read: number }> {
  const { store, meta } = context
  if (meta.get('format') !== STORE_FORMAT) {
    store.clear()
    meta.set('format', STORE_FORMAT)
  }
  const writeUps = collection === 'cases' ? fileURLToPath(new URL('huibian-write-ups/', context.config.cacheDir)) : undefined
  const listed = collection === 'cases' ? await publishedCaseListing(context) : await readPublic(collection, { select: { updatedAt: true } })
  const unchanged = (doc: Record<string, unknown>) => {
    const entry = store.get(String(doc.id))
    if (entry?.digest !== String(doc.updatedAt)) return false
    const file = entry.data[writeUpFileField]
    return !writeUps || (typeof file === 'string' && fs.existsSync(file))
  }
  const changed = listed.filter((doc) => !unchanged(doc)).map((doc) => doc.id as DocumentId)
  // A first build reads everything in one query; later ones only what changed, a batch at a time.
  const docs =
    changed.length === listed.length
      ? await readPublic(collection)
      : (await Promise.all(chunks(changed, 500).map((ids) => readPublic(collection, { where: { id: { in: ids } } })))).flat()
  for (const doc of docs) {
    const id = String(doc.id)
    let data = doc
    if (writeUps) {
      const { sections, ...rest } = doc
      data = { ...rest, [writeUpFileField]: saveWriteUp(writeUps, id, String(doc.updatedAt), sections as Case['sections']) }
    }
    store.set({ id, data: await context.parseData({ id, data }), digest: String(doc.updatedAt) })
  }
  const live = new Set(listed.map((doc) => String(doc.id)))
  for (const id of store.keys()) if (!live.has(id)) store.delete(id)
  if (writeUps) pruneWriteUps(writeUps, new Set(store.values().map((entry) => String(entry.data[writeUpFileField]))))
  return { total: listed.length, read: docs.length }
}

/** What the case, image and 佐证 loaders each need of every published case. */
type CaseListing = { id: DocumentId; updatedAt: string; images?: { image?: Ref }[] | null; evidence?: { file?: Ref }[] | null }[]

const listingsInFlight = new WeakMap<object, Promise<CaseListing>>()

/**
 * Every published case's id, updatedAt, images and 佐证 files, in one query
 * that the loaders of one content sync share (they run at once; the sync's
 * config object tells them apart from another build's). Each used to list all
 * cases itself: four reads of every case per build, about 2.5 s each at
 * 10,000 cases. A read is shared only while it is under way, so a later sync
 * (`astro dev`, the warm builder's next build) reads afresh.
 */
function publishedCaseListing(context: LoaderContext): Promise<CaseListing> {
  const scope = context.config as object
  let listing = listingsInFlight.get(scope)
  if (!listing) {
    listing = readPublic('cases', { select: { updatedAt: true, images: true, evidence: true } }) as Promise<CaseListing>
    listingsInFlight.set(scope, listing)
    const done = () => void (listingsInFlight.get(scope) === listing && listingsInFlight.delete(scope))
    listing.then(done, done)
  }
  return listing
}

const chunks = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/** A content loader for one published collection of the CMS. */
export function payloadLoader(collection: PublicCollection): Loader {
  return {
    name: `payload-${collection}`,
    load: async (context) => {
      if (typesOnly) return
      const started = Date.now()
      const { total, read } = await loadChanged(context, collection)
      if (collection === 'cases' && total === 0) {
        throw new CmsReadError(
          'The CMS has no published cases, so there is no site to build. Publish at least one case in the admin, or load the bundled collection with `npm run seed`.',
        )
      }
      context.logger.info(`${total} published ${collection}, ${read} read from the CMS (${((Date.now() - started) / 1000).toFixed(1)} s)`)
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
      const ids = new Set<DocumentId>()
      for (const kase of await publishedCaseListing(context)) {
        for (const item of kase.images ?? []) {
          const id = refId(item.image)
          if (id !== undefined) ids.add(id)
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
      await syncMedia(
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

/**
 * The 佐证 files of published cases' 公开的佐证, read as an anonymous visitor:
 * Payload's read access returns public files only, so a private one can never
 * be copied into dist/ (不公开的佐证 itself is hidden by its field access).
 * Photos go to Astro's image pipeline, documents are copied as downloads.
 */
export function evidenceFilesLoader(kind: 'image' | 'document'): Loader {
  return {
    name: `payload-evidence-${kind}s`,
    load: async (context) => {
      if (typesOnly) return
      const ids = new Set<DocumentId>()
      for (const kase of await publishedCaseListing(context)) {
        for (const entry of kase.evidence ?? []) {
          const id = refId(entry.file)
          if (id !== undefined) ids.add(id)
        }
      }
      const files = ids.size ? await readPublic('evidence-files', { where: { id: { in: [...ids] } } }) : []
      const found = new Set(files.map((f) => f.id))
      const missing = [...ids].filter((id) => !found.has(id))
      if (missing.length) {
        throw new CmsReadError(
          `Published cases cite 佐证 files that anonymous readers cannot read (evidence-files ids ${missing.join(', ')}): they are missing or private. Mark them public, or move the entries to 不公开的佐证.`,
        )
      }
      const dir = path.relative(rootDir, evidenceDir)
      await syncMedia(
        context,
        files
          .filter((f) => String(f.mimeType).startsWith('image/') === (kind === 'image'))
          .map((f) => ({
            id: String(f.id),
            filePath: path.join(dir, String(f.filename)),
            data:
              kind === 'image'
                ? { id: f.id, src: `./${String(f.filename)}`, title: String(f.title), width: f.width ?? null, height: f.height ?? null, updatedAt: f.updatedAt }
                : {
                    id: f.id,
                    filename: String(f.filename),
                    title: String(f.title),
                    mimeType: String(f.mimeType),
                    filesize: Number(f.filesize),
                    updatedAt: f.updatedAt,
                  },
          })),
      )
    },
  }
}

/** Stores the images, skipping those whose digest is unchanged, and drops the ones no longer used. */
async function syncMedia(context: LoaderContext, entries: { id: string; data: Record<string, unknown>; filePath: string }[]): Promise<void> {
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

/**
 * The loaders of the CMS's collections, by the names the site's content
 * collections have (content.config.ts); the search index's process runs the
 * same loaders outside Astro (site/lib/siteData/readCms.ts).
 */
export const cmsLoaders = {
  cases: payloadLoader('cases'),
  campaigns: payloadLoader('campaigns'),
  publicityNotices: payloadLoader('publicity-notices'),
  resultLists: payloadLoader('result-lists'),
  features: payloadLoader('features'),
  brands: payloadLoader('brands'),
  units: payloadLoader('units'),
  // The 词表 editors own: case types, fields, themes and award tiers.
  caseTypes: payloadLoader('case-types'),
  partyFields: payloadLoader('party-fields'),
  themes: payloadLoader('themes'),
  awardTiers: payloadLoader('award-tiers'),
  media: mediaLoader(),
  evidenceImages: evidenceFilesLoader('image'),
  evidenceDocuments: evidenceFilesLoader('document'),
}

/** 站点设置 (the site-settings global) as one entry, id "site": who publishes the site, its 备案 numbers. */
export function siteSettingsLoader(): Loader {
  return {
    name: 'payload-site-settings',
    load: async (context) => {
      if (typesOnly) return
      const cms = await sharedPayload()
      const settings = await cms.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 }).catch((error: unknown) => {
        throw new CmsReadError(`Cannot read 站点设置 from the CMS: ${(error as Error).message}`, { cause: error })
      })
      const { id: _id, updatedAt: _u, createdAt: _c, globalType: _g, ...data } = settings as unknown as Record<string, unknown>
      context.store.clear()
      context.store.set({ id: 'site', data: await context.parseData({ id: 'site', data }) })
    },
  }
}
