import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { transform as mongoTransform } from '@payloadcms/db-mongodb/internal'
import { getTableColumns, sql } from '@payloadcms/db-sqlite/drizzle'
import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  buildVersionCollectionFields,
  deepCopyObjectSimple,
  executeAccess,
  ValidationError,
  type CollectionSlug,
  type Field,
  type JsonObject,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type ValidationFieldError,
} from 'payload'
import { hasDraftsEnabled, hasDraftValidationEnabled } from 'payload/shared'

import type { DocumentId } from '../domain/documentId'
import { rootDir } from '../paths'
import { installedVersion } from './sqliteTransactions'

/**
 * Creating many new documents at once, with what `payload.create` does that
 * decides what is stored and refuses bad input, but not one write per
 * document: for each document, in order, the collection's beforeOperation
 * hooks, create access, the fields' beforeValidate hooks, the collection's
 * beforeValidate and beforeChange hooks, and the fields' beforeChange hooks
 * with validation (Payload's exported traversals, called as create.js of
 * payload 3.90 calls them). A refused document throws the same
 * ValidationError `create` throws. What passes is kept; `write()` then stores
 * all of it with multi-row inserts in the request's transaction.
 *
 * What a new document does not need is left out: the read-back after each
 * insert (and the afterRead traversal of it), and the version bookkeeping of
 * an existing document (unsetting `latest` on older versions, pruning to
 * maxPerDoc). The version row itself IS written, as saveVersion writes it for
 * a create: with drafts, `find({ draft: true })` and the admin's list read
 * the versions table, so a document without one would not be listed.
 *
 * afterChange: every collection's afterChange hooks here only queue a site
 * rebuild (queueSiteRebuild.ts; skipped anyway when the request's context is
 * seeding or importing). They run for each document after the batch is
 * written, with the document as it was stored. No field of the collections
 * this is used for has afterChange hooks of its own; a collection with one is
 * refused (see assertSupported), as are upload and auth collections and
 * localized configs, whose create writes files, passwords or locale rows.
 *
 * Hooks that look for duplicates in the database (ensureSlug, assignEntryNumber)
 * cannot see documents added but not yet written: they consult
 * `stagedDocuments(req, collection)` as well.
 */

/**
 * The adapter releases whose internals the writers below rely on:
 * - @payloadcms/drizzle's transformForWrite and insertArrays (not exported: imported by file), and the
 *   adapter's `insert`, `tables`, `tableNameMap`, `sessions`, suffixes; the create branch of its upsertRow
 *   and createVersion, which `writeSqlite` repeats for many rows;
 * - @payloadcms/db-mongodb's `transform` (its `internal` export), `collections`, `versions`, `sessions`,
 *   and the Model.create call of its create and createVersion.
 * Another release may have changed any of them: re-read those files, then update this list.
 */
export const batchedAdapterVersions = {
  '@payloadcms/db-sqlite': '3.90.2',
  '@payloadcms/drizzle': '3.90.2',
  '@payloadcms/db-mongodb': '3.90.2',
  payload: '3.90.2',
} as const

type Doc = JsonObject & { id: DocumentId }

export type CreateBatch = {
  /**
   * Runs create's hooks and validation on `data` and keeps the result for the
   * next write. Returns the document as it will be stored, with the id it
   * will have (later documents of the batch may refer to it).
   */
  add: (data: JsonObject) => Promise<Doc>
  /**
   * Announces the documents the next add() calls will bring (as given to add), so that hooks read
   * what all of them need in one go (see lookupForBatch). Optional: without it each add reads for itself.
   */
  expect: (data: readonly JsonObject[]) => void
  /** Stores everything added since the last write; then runs the afterChange hooks. */
  write: () => Promise<Doc[]>
}

export type CreateBatchOptions = {
  collection: CollectionSlug
  /** In a transaction: the batch writes all or nothing with it. */
  req: PayloadRequest
  /** As create's `draft`: a draft (with drafts enabled). */
  draft?: boolean
  overrideAccess?: boolean
}

type Staging = { pending: Map<string, Doc[]>; lookups: Map<string, Promise<unknown>>; expected: Map<string, readonly JsonObject[]> }
const staging = new WeakMap<PayloadRequest, Staging>()

/** Documents added to a batch of this request and not yet written (for hooks that check for duplicates). */
export function stagedDocuments(req: PayloadRequest, collection: string): readonly JsonObject[] {
  return staging.get(req)?.pending.get(collection) ?? []
}

/** Whether a batch of this request holds documents not yet written. */
export function batchIsStaging(req: PayloadRequest): boolean {
  return [...(staging.get(req)?.pending.values() ?? [])].some((docs) => docs.length > 0)
}

/**
 * Memoises a read of stored documents while a batch of this request stages:
 * nothing this request stores changes until the batch writes, and the
 * transaction keeps other writers out (SQLite) or out of sight (MongoDB).
 * Forgotten at each write, so the request must not write otherwise while a
 * batch stages (write the batch first). Without an open batch it just reads.
 * Callers add what `stagedDocuments` holds themselves.
 */
export function readOncePerBatch<T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> {
  const lookups = staging.get(req)?.lookups
  if (!lookups) return load()
  let found = lookups.get(key) as Promise<T> | undefined
  if (!found) {
    found = load()
    lookups.set(key, found)
  }
  return found
}

export type BatchLookup<V> = {
  /** The batch's collection: the documents announced to it (CreateBatch.expect) are read ahead. */
  collection: string
  /** Names what is looked up; keys of different lookups never meet. */
  lookup: string
  key: string
  /** The keys an announced document will look up (a guess is fine: a key not read ahead is read alone). */
  keysOf: (data: JsonObject) => string[]
  /** Reads many keys in one query; must answer each key it is given. */
  loadMany: (keys: string[]) => Promise<Map<string, V>>
}

/**
 * One read for the whole batch: the first lookup of its kind while a batch of
 * `collection` stages reads its key together with the keys of every document
 * announced to the batch, with one `loadMany`. Memoised and forgotten as
 * readOncePerBatch's reads are. Without a batch, or for a key no announced
 * document has, it reads the key alone.
 */
export async function lookupForBatch<V>(req: PayloadRequest, { collection, lookup, key, keysOf, loadMany }: BatchLookup<V>): Promise<V | undefined> {
  const state = staging.get(req)
  if (!state?.pending.has(collection)) return (await loadMany([key])).get(key)
  const cacheKey = (k: string) => `${lookup}\u0000${k}`
  const remember = (keys: string[]) => {
    const loading = loadMany(keys)
    for (const k of keys) {
      const value = loading.then((found) => found.get(k))
      // A failed read rejects for every key; only the keys asked for report it.
      value.catch(() => undefined)
      state.lookups.set(cacheKey(k), value)
    }
  }
  if (!state.lookups.has(cacheKey(key))) {
    const readAhead = `${lookup}\u0000(read ahead)`
    if (state.lookups.has(readAhead)) remember([key])
    else {
      state.lookups.set(readAhead, Promise.resolve())
      const ahead = (state.expected.get(collection) ?? []).flatMap(keysOf)
      remember([...new Set([key, ...ahead])].filter((k) => !state.lookups.has(cacheKey(k))))
    }
  }
  return state.lookups.get(cacheKey(key)) as Promise<V | undefined>
}

export async function startCreateBatch(payload: Payload, options: CreateBatchOptions): Promise<CreateBatch> {
  const { collection: slug, req, draft = false, overrideAccess = true } = options
  const config = payload.collections[slug]?.config
  if (!config) throw new Error(`No collection "${slug}"`)
  assertVersion('payload')
  assertSupported(payload, config)
  if (!req.transactionID) throw new Error('startCreateBatch needs a request in a transaction (initTransaction(req) first).')
  const writer = await adapterWriter(payload)

  const pending: Doc[] = []
  const state = staging.get(req) ?? { pending: new Map<string, Doc[]>(), lookups: new Map<string, Promise<unknown>>(), expected: new Map() }
  staging.set(req, state)
  if (state.pending.get(slug)?.length) throw new Error(`A batch of ${slug} on this request has documents not yet written.`)
  state.pending.set(slug, pending)
  const isSavingDraft = Boolean(draft && hasDraftsEnabled(config))
  let nextId: (() => DocumentId) | undefined

  return {
    async add(incoming) {
      let data = deepCopyObjectSimple(incoming) as JsonObject
      if (isSavingDraft) data._status = 'draft'
      for (const hook of config.hooks.beforeOperation ?? []) {
        const args = { collection: { config }, data, draft, overrideAccess, req }
        const result = (await hook({ args, collection: config, context: req.context, operation: 'create', overrideAccess, req } as never)) as
          typeof args | undefined
        if (result?.data) data = result.data
      }
      if (!overrideAccess) await executeAccess({ data, req }, config.access.create)

      // What both field traversals are given for a new document at the top level, as create.js gives it.
      const topLevel = {
        collection: config,
        context: req.context,
        doc: {},
        fields: config.fields,
        global: null,
        operation: 'create',
        overrideAccess,
        parentIndexPath: '',
        parentIsLocalized: false,
        parentPath: '',
        parentSchemaPath: '',
        req,
        siblingDoc: {},
      } as const
      let statusFieldAccess = false
      await beforeValidateTraverseFields({
        ...topLevel,
        data,
        docForHooks: {},
        onFieldAccess: ({ accessResult, path: fieldPath }: { accessResult: boolean; path: string }) => {
          if (fieldPath === '_status') statusFieldAccess = accessResult
        },
        siblingData: data,
      } as never)
      for (const hook of config.hooks.beforeValidate ?? []) {
        data = (await hook({ collection: config, context: req.context, data, operation: 'create', originalDoc: {}, req })) || data
      }
      for (const hook of config.hooks.beforeChange ?? []) {
        data = (await hook({ collection: config, context: req.context, data, operation: 'create', originalDoc: {}, req })) || data
      }

      const result = deepCopyObjectSimple(data) as JsonObject
      const errors: ValidationFieldError[] = []
      const mergeLocaleActions: (() => Promise<void> | void)[] = []
      await beforeChangeTraverseFields({
        ...topLevel,
        data: result,
        docWithLocales: statusFieldAccess ? {} : { _status: {} },
        errors,
        fieldLabelPath: '',
        mergeLocaleActions,
        siblingData: result,
        siblingDocWithLocales: {},
        skipValidation: isSavingDraft && !hasDraftValidationEnabled(config),
      })
      if (errors.length > 0) throw new ValidationError({ collection: slug, errors, req }, req.t)
      for (const action of mergeLocaleActions) await action()

      nextId ??= await writer.reserveIds(req, config)
      const now = new Date().toISOString()
      const doc = { ...result, id: nextId(), createdAt: result.createdAt ?? now, updatedAt: result.updatedAt ?? now } as Doc
      pending.push(doc)
      return doc
    },

    expect(data) {
      state.expected.set(slug, data)
    },

    async write() {
      const docs = pending.splice(0)
      nextId = undefined
      state.lookups.clear()
      state.expected.delete(slug)
      if (docs.length) {
        await writer.write(req, config, docs)
        for (const doc of docs) {
          for (const hook of config.hooks.afterChange ?? []) {
            await hook({ collection: config, context: req.context, data: doc, doc, operation: 'create', previousDoc: {}, req })
          }
        }
      }
      return docs
    },
  }
}

/** Refuses what this path does not do as create does (see the comment at the top). */
function assertSupported(payload: Payload, config: SanitizedCollectionConfig) {
  const refuse = (why: string) => {
    throw new Error(`startCreateBatch cannot create ${config.slug}: ${why}. Use payload.create for it.`)
  }
  if (config.upload) refuse('an upload collection (create stores its files)')
  if (config.auth) refuse('an auth collection (create registers its password)')
  if (payload.config.localization) refuse('localized config (create writes locale rows)')
  if (config.flattenedFields.some((field) => 'name' in field && field.name === 'id')) refuse('a custom id')
  if (hasFieldAfterChangeHooks(config.fields)) refuse('a field with afterChange hooks')
}

function hasFieldAfterChangeHooks(fields: Field[]): boolean {
  return fields.some((field) => {
    const f = field as Field & { hooks?: { afterChange?: unknown[] }; fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[] }
    // Lexical's own afterChange hook only runs its features' hooks and node hooks (none in our editors);
    // the link node's sub-fields have none either.
    if (f.type === 'richText') return lexicalHasAfterChangeHooks(f)
    if (f.hooks?.afterChange?.length) return true
    return [f.fields, ...(f.tabs ?? []).map((t) => t.fields), ...(f.blocks ?? []).map((b) => b.fields)].some((sub) => sub && hasFieldAfterChangeHooks(sub))
  })
}

function lexicalHasAfterChangeHooks(field: Field): boolean {
  type Features = { hooks?: { afterChange?: unknown[] }; nodeHooks?: { afterChange?: Map<string, unknown> } }
  const features = (field as { editor?: { editorConfig?: { features?: Features } } }).editor?.editorConfig?.features
  if (!features) return true
  return Boolean(features.hooks?.afterChange?.length || features.nodeHooks?.afterChange?.size)
}

type AdapterWriter = {
  /** A source of ids for new documents, valid inside the request's transaction until the next write. */
  reserveIds: (req: PayloadRequest, config: SanitizedCollectionConfig) => Promise<() => DocumentId>
  write: (req: PayloadRequest, config: SanitizedCollectionConfig, docs: Doc[]) => Promise<void>
}

async function adapterWriter(payload: Payload): Promise<AdapterWriter> {
  const name = (payload.db as { packageName?: string }).packageName ?? payload.db.name
  if (name === '@payloadcms/db-sqlite' || payload.db.name === 'sqlite') return sqliteWriter(payload)
  if (name === '@payloadcms/db-mongodb' || payload.db.name === 'mongoose') return mongoWriter(payload)
  throw new Error(`startCreateBatch supports @payloadcms/db-sqlite and @payloadcms/db-mongodb, not ${name}.`)
}

/** The version row saveVersion writes for a create: the stored document (without its id) as `version`. */
function versionRow(doc: Doc, now: string): JsonObject {
  const { id, ...version } = doc
  return { autosave: false, createdAt: now, latest: true, parent: id, updatedAt: now, version }
}

// ---------------------------------------------------------------------------------------------
// SQLite (@payloadcms/db-sqlite on @payloadcms/drizzle)

type RowsToInsert = {
  row: Record<string, unknown>
  locales: Record<string, unknown>
  relationships: Record<string, unknown>[]
  texts: Record<string, unknown>[]
  numbers: Record<string, unknown>[]
  selects: Record<string, Record<string, unknown>[]>
  blocks: Record<string, { row: Record<string, unknown>; locales: Record<string, unknown>; arrays: unknown }[]>
  arrays: unknown
}
type DrizzleInternals = {
  transformForWrite: (args: { adapter: unknown; data: JsonObject; enableAtomicWrites: boolean; fields: unknown; tableName: string }) => RowsToInsert
  insertArrays: (args: { adapter: unknown; arrays: unknown[]; db: unknown; parentRows: { id: unknown }[]; uuidMap: Record<string, unknown> }) => Promise<void>
}
type SqliteAdapter = {
  tables: Record<string, Parameters<typeof getTableColumns>[0] & { id: unknown }>
  tableNameMap: Map<string, string>
  sessions: Record<string, { db: unknown }>
  drizzle: unknown
  versionsSuffix: string
  relationshipsSuffix: string
  idType?: string
  insert: (args: { db: unknown; tableName: string; values: Record<string, unknown>[] }) => Promise<Record<string, unknown>[]>
}
type SqliteDb = {
  select: (fields: Record<string, unknown>) => { from: (table: unknown) => Promise<Record<string, unknown>[]> }
}

let drizzleInternals: Promise<DrizzleInternals> | undefined

/**
 * The two write helpers of @payloadcms/drizzle upsertRow uses; its package exports do not list them.
 * Imported by file URL, so that Node hands back the modules the adapter already loaded: a `require`
 * of them compiled a second copy of the adapter and of Payload (1.1–1.7 s CPU at each process's first batch).
 * The bundler of the admin must leave this import to Node (its path is computed).
 */
function loadDrizzleInternals(): Promise<DrizzleInternals> {
  drizzleInternals ??= (async () => {
    const nodeRequire = createRequire(path.join(rootDir, 'package.json'))
    const dist = path.dirname(nodeRequire.resolve('@payloadcms/drizzle'))
    const load = async <T>(file: string, name: string) =>
      ((await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(path.join(dist, file)).href)) as Record<string, T>)[name]!
    return {
      transformForWrite: await load<DrizzleInternals['transformForWrite']>('transform/write/index.js', 'transformForWrite'),
      insertArrays: await load<DrizzleInternals['insertArrays']>('upsertRow/insertArrays.js', 'insertArrays'),
    }
  })()
  return drizzleInternals
}

function sqliteWriter(payload: Payload): AdapterWriter {
  assertVersion('@payloadcms/db-sqlite')
  assertVersion('@payloadcms/drizzle')
  const adapter = payload.db as unknown as SqliteAdapter
  if ((adapter.idType ?? 'number') !== 'number') throw new Error('startCreateBatch writes SQLite only with numeric ids.')
  const transactionDb = async (req: PayloadRequest) => adapter.sessions[String(await req.transactionID)]?.db ?? adapter.drizzle
  const tableOf = (slug: string, versions = false) => {
    const key = `${versions ? '_' : ''}${slug.replace(/-/g, '_')}${versions ? adapter.versionsSuffix : ''}`
    const name = adapter.tableNameMap.get(key)
    if (!name) throw new Error(`No table for ${key}`)
    return name
  }
  const highestId = async (db: unknown, tableName: string) => {
    const table = adapter.tables[tableName]!
    const [found] = await (db as SqliteDb).select({ highest: sql<number>`max(${table.id})` }).from(table)
    return Number(found?.highest ?? 0)
  }
  // SQLite binds at most 32,766 parameters per statement.
  const insertRows = async (db: unknown, tableName: string, values: Record<string, unknown>[]) => {
    const inserted: Record<string, unknown>[] = []
    const perStatement = Math.max(1, Math.floor(30_000 / Object.keys(getTableColumns(adapter.tables[tableName]!)).length))
    for (let at = 0; at < values.length; at += perStatement) {
      inserted.push(...(await adapter.insert({ db, tableName, values: values.slice(at, at + perStatement) })))
    }
    return inserted
  }

  /** upsertRow's create branch for many documents: the main rows, then each side table in one go. */
  const insertDocuments = async (db: unknown, tableName: string, fields: unknown, docs: JsonObject[], ids?: DocumentId[]) => {
    const { transformForWrite, insertArrays } = await loadDrizzleInternals()
    const written = docs.map((data) => transformForWrite({ adapter, data, enableAtomicWrites: false, fields, tableName }))
    written.forEach((w, i) => {
      if (ids) w.row.id = ids[i]
      if (Object.keys(w.locales).length) throw new Error('startCreateBatch does not write locale rows.')
    })
    const parents = (
      await insertRows(
        db,
        tableName,
        written.map((w) => w.row),
      )
    ).map((row) => ({ id: row.id }))
    const children = (key: 'relationships' | 'texts' | 'numbers') => written.flatMap((w, i) => w[key].map((row) => ({ ...row, parent: parents[i]!.id })))
    const side = [
      [`${tableName}${adapter.relationshipsSuffix}`, children('relationships')],
      [`${tableName}_texts`, children('texts')],
      [`${tableName}_numbers`, children('numbers')],
    ] as const
    for (const [name, rows] of side) if (rows.length) await insertRows(db, name, rows)

    const uuidMap: Record<string, unknown> = {}
    const blockTables = new Set(written.flatMap((w) => Object.keys(w.blocks)))
    for (const blockTable of blockTables) {
      const blockRows = written.flatMap((w, i) =>
        (w.blocks[blockTable] ?? []).map((block) => {
          block.row._parentID = parents[i]!.id
          delete block.row.uuid
          return block
        }),
      )
      if (blockRows.some((b) => Object.keys(b.locales).length)) throw new Error('startCreateBatch does not write locale rows.')
      const inserted = await insertRows(
        db,
        blockTable,
        blockRows.map((b) => b.row),
      )
      inserted.forEach((row) => {
        if (typeof row._uuid === 'string' && (typeof row.id === 'string' || typeof row.id === 'number')) uuidMap[row._uuid] = row.id
      })
      await insertArrays({ adapter, arrays: blockRows.map((b) => b.arrays), db, parentRows: inserted as { id: unknown }[], uuidMap })
    }
    await insertArrays({ adapter, arrays: written.map((w) => w.arrays), db, parentRows: parents, uuidMap })

    const selectTables = new Set(written.flatMap((w) => Object.keys(w.selects)))
    for (const selectTable of selectTables) {
      const rows = written.flatMap((w, i) =>
        (w.selects[selectTable] ?? []).map((row) => {
          const parent = row.parent === undefined ? parents[i]!.id : row.parent
          return { ...row, parent: typeof parent === 'string' && parent in uuidMap ? uuidMap[parent] : parent }
        }),
      )
      if (rows.length) await insertRows(db, selectTable, rows)
    }
  }

  return {
    async reserveIds(req, config) {
      let highest = await highestId(await transactionDb(req), tableOf(config.slug))
      return () => (highest += 1)
    },
    async write(req, config, docs) {
      const db = await transactionDb(req)
      await insertDocuments(
        db,
        tableOf(config.slug),
        config.flattenedFields,
        docs,
        docs.map((d) => d.id),
      )
      if (!config.versions) return
      const now = new Date().toISOString()
      const versions = docs.map((doc) => versionRow(doc, now))
      await insertDocuments(db, tableOf(config.slug, true), buildVersionCollectionFields(payload.config, config, true), versions)
    },
  }
}

// ---------------------------------------------------------------------------------------------
// MongoDB (@payloadcms/db-mongodb on mongoose)

type ObjectIdClass = new (id?: string) => { toHexString: () => string }
type MongoModel = {
  insertMany: (docs: JsonObject[], options: Record<string, unknown>) => Promise<unknown>
  /** The mongoose instance of the model (Model.base). */
  base: { Types: { ObjectId: ObjectIdClass } }
}
type MongoAdapter = {
  collections: Record<string, MongoModel>
  versions: Record<string, MongoModel>
  sessions: Record<string, unknown>
}
type MongoTransform = (args: { adapter: unknown; data: JsonObject; fields: unknown; operation: 'write' }) => void

function mongoWriter(payload: Payload): AdapterWriter {
  assertVersion('@payloadcms/db-mongodb')
  const adapter = payload.db as unknown as MongoAdapter
  const session = async (req: PayloadRequest) => adapter.sessions[String(await req.transactionID)]

  // As db-mongodb's create and createVersion do, for many documents: the write transform, then one insert.
  const insert = async (req: PayloadRequest, model: MongoModel, fields: unknown, docs: JsonObject[], ids?: DocumentId[]) => {
    const write = mongoTransform as unknown as MongoTransform
    const values = docs.map((doc, i) => {
      const data = deepCopyObjectSimple(doc) as JsonObject
      write({ adapter, data, fields, operation: 'write' })
      if (ids) {
        delete data.id
        data._id = new model.base.Types.ObjectId(String(ids[i])) as unknown as JsonObject
      }
      return data
    })
    // Timestamps come from the documents, as the adapter's own create leaves them.
    await model.insertMany(values, { session: await session(req), timestamps: false })
  }

  return {
    async reserveIds(_req, config) {
      const { ObjectId } = adapter.collections[config.slug]!.base.Types
      return () => new ObjectId().toHexString()
    },
    async write(req, config, docs) {
      await insert(
        req,
        adapter.collections[config.slug]!,
        config.fields,
        docs,
        docs.map((doc) => doc.id),
      )
      if (!config.versions) return
      const now = new Date().toISOString()
      await insert(
        req,
        adapter.versions[config.slug]!,
        buildVersionCollectionFields(payload.config, config),
        docs.map((doc) => versionRow(doc, now)),
      )
    },
  }
}

// ---------------------------------------------------------------------------------------------

function assertVersion(name: keyof typeof batchedAdapterVersions): void {
  const installed = installedVersion(name)
  if (installed !== batchedAdapterVersions[name]) {
    throw new Error(
      `cms/database/batchCreate.ts writes through internals of ${name} ${batchedAdapterVersions[name]}, but ${installed} is installed. ` +
        'Re-read the files its batchedAdapterVersions comment names (create.js, upsertRow, createVersion, the write transforms), adapt the writers, ' +
        'run test/int/batchCreate.test.ts on SQLite and MongoDB, then update batchedAdapterVersions.',
    )
  }
}
