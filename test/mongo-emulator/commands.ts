/**
 * The commands the MongoDB driver sends on behalf of Payload's mongoose
 * adapter, answered from the store with mingo, MongoDB's query and
 * aggregation language for in-memory objects. Anything else is answered
 * "no such command" and logged, so a gap shows up as a failing test, not as
 * a silently wrong answer.
 */
import { BSON, Binary, Long, ObjectId, Timestamp, type Document } from 'bson'
import { Aggregator, ProcessingMode, Query } from 'mingo'
import { update as applyOperators } from 'mingo/updater'

import { clone, CommandError, docKey, Store, Transaction, valueKey, type Collection, type IndexSpec } from './store'

export type ServerInfo = { host: string; setName: string; processId: ObjectId; startedAt: Date }

type Context = { db: string; txn?: Transaction; command: Document }
type Handler = (ctx: Context) => Document | Promise<Document>

const MAX_BATCH_BYTES = 4 * 1024 * 1024
const mingoOptions = { idKey: '_id', useStrictMode: true }

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof ObjectId

/** The `field: value` equalities every document matching `filter` must meet (top level, `$and`, one-branch `$or`). */
function equalities(filter: Document): [string, unknown][] {
  const found: [string, unknown][] = []
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) for (const part of condition) found.push(...equalities(part))
    else if (field === '$or' && Array.isArray(condition) && condition.length === 1) found.push(...equalities(condition[0]))
    else if (field.startsWith('$')) continue
    else if (isScalar(condition)) found.push([field, condition])
    else if (condition && typeof condition === 'object' && Object.keys(condition).length === 1 && isScalar(condition.$eq)) found.push([field, condition.$eq])
  }
  return found
}

/**
 * mingo's $lookup stores a dotted `as` ("tags.docs.tags") under one literal
 * key where MongoDB nests it; Payload's join fields use such paths. Each
 * such stage looks up into a plain key, then moves it into place.
 */
function withNestedLookups(pipeline: Document[]): Document[] {
  return pipeline.flatMap((stage, n) => {
    const lookup = stage.$lookup as Document | undefined
    if (!lookup) return [stage]
    const nested = lookup.pipeline ? { ...lookup, pipeline: withNestedLookups(lookup.pipeline) } : lookup
    if (!String(lookup.as).includes('.')) return [{ $lookup: nested }]
    const temporary = `__emulator_lookup_${n}`
    return [{ $lookup: { ...nested, as: temporary } }, { $addFields: { [lookup.as]: `$${temporary}` } }, { $unset: temporary }]
  })
}

export class CommandProcessor {
  private readonly sessions = new Map<string, Transaction>()
  private readonly cursors = new Map<string, { ns: string; docs: Document[] }>()
  private nextCursor = 1n
  private connections = 0
  private readonly handlers: Record<string, Handler>

  constructor(
    readonly store: Store,
    private readonly info: ServerInfo,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.handlers = {
      hello: () => this.hello(),
      ismaster: () => this.hello(),
      ping: () => ({}),
      buildinfo: () => ({ version: '7.0.0', versionArray: [7, 0, 0, 0], gitVersion: 'emulator', bits: 64, maxBsonObjectSize: 16 * 1024 * 1024 }),
      getparameter: () => ({ featureCompatibilityVersion: { version: '7.0' } }),
      serverstatus: () => ({
        host: this.info.host,
        version: '7.0.0',
        process: 'huibian-mongo-emulator',
        uptime: (Date.now() - this.info.startedAt.getTime()) / 1000,
      }),
      endsessions: () => ({}),
      killallsessions: () => ({}),
      listdatabases: () => this.listDatabases(),
      listcollections: (ctx) => this.listCollections(ctx),
      create: (ctx) => this.create(ctx),
      drop: (ctx) => this.drop(ctx),
      dropdatabase: (ctx) => this.dropDatabase(ctx),
      copydb: (ctx) => this.copyDatabase(ctx),
      createindexes: (ctx) => this.createIndexes(ctx),
      listindexes: (ctx) => this.listIndexes(ctx),
      dropindexes: (ctx) => this.dropIndexes(ctx),
      find: (ctx) => this.find(ctx),
      getmore: (ctx) => this.getMore(ctx),
      killcursors: (ctx) => this.killCursors(ctx),
      count: (ctx) => this.count(ctx),
      distinct: (ctx) => this.distinct(ctx),
      aggregate: (ctx) => this.aggregate(ctx),
      insert: (ctx) => this.insert(ctx),
      update: (ctx) => this.update(ctx),
      delete: (ctx) => this.delete(ctx),
      findandmodify: (ctx) => this.findAndModify(ctx),
      committransaction: (ctx) => this.commitTransaction(ctx),
      aborttransaction: (ctx) => this.abortTransaction(ctx),
    }
  }

  connectionOpened(): number {
    return ++this.connections
  }

  async run(command: Document): Promise<Document> {
    const name = Object.keys(command)[0] ?? ''
    const handler = this.handlers[name.toLowerCase()]
    let txn: Transaction | undefined
    try {
      if (!handler) {
        this.log(`no such command: ${name} ${JSON.stringify(Object.keys(command))}`)
        throw new CommandError(59, 'CommandNotFound', `no such command: '${name}'`)
      }
      txn = this.transactionOf(command)
      const t0 = performance.now()
      const reply = await handler({ db: command.$db ?? 'admin', txn, command })
      const ms = performance.now() - t0
      if (process.env.EMULATOR_PROFILE && ms > Number(process.env.EMULATOR_PROFILE))
        this.log(
          `${ms.toFixed(1)} ms ${name} ${command[name]} ${JSON.stringify(command.filter ?? command.query ?? command.pipeline ?? command.updates?.[0]?.q ?? command.deletes?.[0]?.q)?.slice(0, 300)}`,
        )
      return { ...reply, ok: 1 }
    } catch (error) {
      if (error instanceof CommandError) {
        // As in MongoDB, an error inside a transaction aborts it.
        if (txn && name.toLowerCase() !== 'committransaction') txn.abort(error.codeName)
        return { ok: 0, errmsg: error.message, code: error.code, codeName: error.codeName, ...error.extra }
      }
      this.log(`${name} failed: ${(error as Error).stack}`)
      if (txn) txn.abort('internal error')
      return { ok: 0, errmsg: `emulator: ${(error as Error).message}`, code: 1, codeName: 'InternalError' }
    }
  }

  /** The transaction a command belongs to (autocommit: false), started by its first command. */
  private transactionOf(command: Document): Transaction | undefined {
    if (command.autocommit !== false) return undefined
    const session = (command.lsid?.id as Binary | undefined)?.toString('hex') ?? ''
    const txnNumber = Number(command.txnNumber)
    const current = this.sessions.get(session)
    if (command.startTransaction) {
      if (current && current.txnNumber >= txnNumber) {
        throw new CommandError(225, 'TransactionTooOld', `txnNumber ${txnNumber} is not newer than ${current.txnNumber}`)
      }
      current?.abort('superseded')
      const txn = new Transaction(this.store, session, txnNumber, this.store.now, this.store.transactionLifetimeMs)
      this.store.openTransactions.add(txn)
      this.sessions.set(session, txn)
      return txn
    }
    if (!current || current.txnNumber !== txnNumber) {
      throw new CommandError(251, 'NoSuchTransaction', `Given transaction number ${txnNumber} does not match any in-progress transactions.`, {
        errorLabels: ['TransientTransactionError'],
      })
    }
    const ending = /^(commit|abort)transaction$/i.test(Object.keys(command)[0] ?? '')
    if (current.state === 'aborted' && !ending) {
      throw new CommandError(251, 'NoSuchTransaction', `Transaction ${txnNumber} has been aborted (${current.abortReason}).`, {
        errorLabels: ['TransientTransactionError'],
      })
    }
    return current
  }

  private hello(): Document {
    return {
      helloOk: true,
      isWritablePrimary: true,
      ismaster: true,
      secondary: false,
      setName: this.info.setName,
      setVersion: 1,
      hosts: [this.info.host],
      primary: this.info.host,
      me: this.info.host,
      electionId: new ObjectId('7fffffff0000000000000001'),
      lastWrite: { opTime: { ts: new Timestamp({ t: Math.floor(Date.now() / 1000), i: 1 }), t: 1 }, lastWriteDate: new Date() },
      maxBsonObjectSize: 16 * 1024 * 1024,
      maxMessageSizeBytes: 48_000_000,
      maxWriteBatchSize: 100_000,
      localTime: new Date(),
      logicalSessionTimeoutMinutes: 30,
      connectionId: this.connections,
      minWireVersion: 0,
      maxWireVersion: 21,
      readOnly: false,
    }
  }

  // ---- namespaces ---------------------------------------------------------

  private collectionOf(ctx: Context, create = false): Collection | undefined {
    const name = ctx.command[Object.keys(ctx.command)[0] ?? '']
    if (typeof name !== 'string') throw new CommandError(73, 'InvalidNamespace', 'collection name must be a string')
    return this.store.collection(ctx.db, name, create)
  }

  private listDatabases(): Document {
    return { databases: [...this.store.databases.keys()].map((name) => ({ name, sizeOnDisk: 0, empty: false })), totalSize: 0 }
  }

  private listCollections(ctx: Context): Document {
    const collections = [...(this.store.databases.get(ctx.db)?.values() ?? [])].map((c) => ({
      name: c.name,
      type: 'collection',
      options: {},
      info: { readOnly: false },
      idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
    }))
    const filtered = new Query(ctx.command.filter ?? {}, mingoOptions).find(collections).all()
    return this.cursorReply(`${ctx.db}.$cmd.listCollections`, filtered as Document[], ctx.command.cursor?.batchSize)
  }

  private create(ctx: Context): Document {
    if (this.collectionOf(ctx)) throw new CommandError(48, 'NamespaceExists', `Collection ${ctx.db}.${ctx.command.create} already exists.`)
    this.collectionOf(ctx, true)
    return {}
  }

  private drop(ctx: Context): Document {
    const collection = this.collectionOf(ctx)
    if (collection) this.store.databases.get(ctx.db)!.delete(collection.name)
    return { ns: `${ctx.db}.${ctx.command.drop}`, nIndexesWas: collection?.indexes.length ?? 0 }
  }

  private dropDatabase(ctx: Context): Document {
    this.store.databases.delete(ctx.db)
    return { dropped: ctx.db }
  }

  /** `{ copydb: 1, fromdb, todb }`, as MongoDB 4.0 took it on the admin database. */
  private copyDatabase(ctx: Context): Document {
    const { fromdb, todb } = ctx.command
    if (typeof fromdb !== 'string' || typeof todb !== 'string') throw new CommandError(2, 'BadValue', 'copydb needs fromdb and todb')
    this.store.copyDatabase(fromdb, todb)
    return {}
  }

  private createIndexes(ctx: Context): Document {
    const existed = Boolean(this.collectionOf(ctx))
    const collection = this.collectionOf(ctx, true)!
    const before = collection.indexes.length
    for (const index of ctx.command.indexes as IndexSpec[]) {
      const same = collection.indexes.find((spec) => spec.name === index.name)
      if (same && valueKey(same.key) !== valueKey(index.key)) {
        throw new CommandError(86, 'IndexKeySpecsConflict', `An existing index has the same name as the requested index: ${index.name}`)
      }
      collection.addIndex({ ...index, v: 2 })
    }
    return { createdCollectionAutomatically: !existed, numIndexesBefore: before, numIndexesAfter: collection.indexes.length }
  }

  private listIndexes(ctx: Context): Document {
    const collection = this.collectionOf(ctx)
    if (!collection) throw new CommandError(26, 'NamespaceNotFound', `ns does not exist: ${ctx.db}.${ctx.command.listIndexes}`)
    return this.cursorReply(
      collection.ns,
      collection.indexes.map((spec) => ({ ...spec })),
      ctx.command.cursor?.batchSize,
    )
  }

  private dropIndexes(ctx: Context): Document {
    const collection = this.collectionOf(ctx)
    if (!collection) throw new CommandError(26, 'NamespaceNotFound', `ns not found ${ctx.db}.${ctx.command.dropIndexes}`)
    const before = collection.indexes.length
    const index = ctx.command.index
    const names =
      index === '*'
        ? collection.indexes.filter((spec) => spec.name !== '_id_').map((spec) => spec.name)
        : typeof index === 'string'
          ? [index]
          : Array.isArray(index)
            ? index
            : collection.indexes.filter((spec) => valueKey(spec.key) === valueKey(index)).map((spec) => spec.name)
    if (names.length === 0) throw new CommandError(27, 'IndexNotFound', `can't find index with key: ${valueKey(index)}`)
    for (const name of names) collection.dropIndex(name)
    return { nIndexesWas: before }
  }

  // ---- reads --------------------------------------------------------------

  /** Documents matching `filter`, as `txn` sees them. */
  private matching(collection: Collection | undefined, filter: Document = {}, txn?: Transaction): Document[] {
    return new Query(filter, mingoOptions).find(this.candidates(collection, filter, txn)).all() as Document[]
  }

  /**
   * The documents `filter` can match: through an equality condition on a
   * field when it has one (the fewest candidates), else all `txn` sees. A
   * stand-in for MongoDB's indexes, so that big collections stay usable.
   */
  private candidates(collection: Collection | undefined, filter: Document | undefined, txn?: Transaction): Document[] {
    if (!collection || !filter || this.store.othersWriting(collection, txn)) return this.store.visible(collection, txn)
    let best: Document[] | undefined
    for (const [field, value] of equalities(filter)) {
      const docs = field === '_id' ? [collection.docs.get(docKey(value))].filter((d): d is Document => Boolean(d)) : collection.withValue(field, value)
      if (!best || docs.length < best.length) best = docs
      if (best.length <= 1) break
    }
    return best ?? this.store.visible(collection, txn)
  }

  private sorted(docs: Document[], sort?: Document): Document[] {
    if (!sort || Object.keys(sort).length === 0) return docs
    return new Query({}, mingoOptions).find(docs).sort(sort).all() as Document[]
  }

  private project(docs: Document[], projection?: Document): Document[] {
    if (!projection || Object.keys(projection).length === 0) return docs
    return new Query({}, mingoOptions).find(docs, projection).all() as Document[]
  }

  private find(ctx: Context): Document {
    const c = ctx.command
    const collection = this.collectionOf(ctx)
    let docs = this.sorted(this.matching(collection, c.filter, ctx.txn), c.sort)
    const skip = Number(c.skip ?? 0)
    const limit = Math.abs(Number(c.limit ?? 0))
    docs = docs.slice(skip, limit ? skip + limit : undefined)
    docs = this.project(docs, c.projection)
    const batchSize = c.singleBatch || Number(c.limit) < 0 ? docs.length : (c.batchSize ?? 101)
    return this.cursorReply(`${ctx.db}.${c.find}`, docs, batchSize)
  }

  private cursorReply(ns: string, docs: Document[], batchSize?: number): Document {
    const firstBatch = this.batch(docs, batchSize)
    let id = Long.ZERO
    if (docs.length > firstBatch.length) {
      const key = this.nextCursor++
      this.cursors.set(String(key), { ns, docs: docs.slice(firstBatch.length) })
      id = Long.fromBigInt(key)
    }
    return { cursor: { firstBatch, id, ns } }
  }

  private batch(docs: Document[], batchSize?: number): Document[] {
    const most = batchSize && batchSize > 0 ? Math.min(batchSize, docs.length) : docs.length
    let bytes = 0
    let n = 0
    while (n < most) {
      bytes += BSON.calculateObjectSize(docs[n]!, { ignoreUndefined: true })
      if (n > 0 && bytes > MAX_BATCH_BYTES) break
      n++
    }
    return docs.slice(0, n)
  }

  private getMore(ctx: Context): Document {
    const key = String(ctx.command.getMore)
    const cursor = this.cursors.get(key)
    if (!cursor) throw new CommandError(43, 'CursorNotFound', `cursor id ${key} not found`)
    const nextBatch = this.batch(cursor.docs, ctx.command.batchSize)
    cursor.docs = cursor.docs.slice(nextBatch.length)
    if (cursor.docs.length === 0) this.cursors.delete(key)
    return { cursor: { nextBatch, id: cursor.docs.length ? Long.fromString(key) : Long.ZERO, ns: cursor.ns } }
  }

  private killCursors(ctx: Context): Document {
    const ids = (ctx.command.cursors as unknown[]).map(String)
    for (const id of ids) this.cursors.delete(id)
    return { cursorsKilled: ids, cursorsNotFound: [], cursorsAlive: [], cursorsUnknown: [] }
  }

  private count(ctx: Context): Document {
    const c = ctx.command
    const docs = this.matching(this.collectionOf(ctx), c.query, ctx.txn)
    const skip = Number(c.skip ?? 0)
    const limit = Number(c.limit ?? 0)
    return { n: Math.max(0, limit ? Math.min(docs.length - skip, limit) : docs.length - skip) }
  }

  private distinct(ctx: Context): Document {
    const c = ctx.command
    const values = new Map<string, unknown>()
    for (const doc of this.matching(this.collectionOf(ctx), c.query, ctx.txn)) {
      let found: unknown[] = [doc]
      for (const part of String(c.key).split('.')) {
        found = found.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (v && typeof v === 'object' ? (v as Document)[part] : undefined))
      }
      for (const v of found.flatMap((v) => (Array.isArray(v) ? v : [v]))) if (v !== undefined) values.set(valueKey(v), v)
    }
    return { values: [...values.values()] }
  }

  private aggregate(ctx: Context): Document {
    const c = ctx.command
    let pipeline = c.pipeline as Document[]
    for (const stage of pipeline) {
      const op = Object.keys(stage)[0]
      if (op === '$out' || op === '$merge') throw new CommandError(40324, 'UnsupportedStage', `the emulator does not run ${op}`)
    }
    pipeline = withNestedLookups(pipeline)
    const first = pipeline[0]?.$match as Document | undefined
    const source = typeof c.aggregate === 'string' ? this.candidates(this.collectionOf(ctx), first, ctx.txn) : []
    const results = new Aggregator(pipeline, {
      ...mingoOptions,
      processingMode: ProcessingMode.CLONE_INPUT,
      collectionResolver: (name: string) => this.store.visible(this.store.collection(ctx.db, name), ctx.txn),
      variables: c.let,
    }).run(source) as Document[]
    return this.cursorReply(`${ctx.db}.${c.aggregate}`, results, c.cursor?.batchSize ?? 101)
  }

  // ---- writes -------------------------------------------------------------

  /** Runs one write statement, again after waiting whenever it met another transaction's write. */
  private async statement<T>(collection: Collection, txn: Transaction | undefined, plan: () => { keys: string[]; apply: () => T }): Promise<T> {
    for (;;) {
      const { keys, apply } = plan()
      if (await this.store.claim(collection, keys, txn)) return apply()
    }
  }

  private async writeStatements(ctx: Context, statements: Document[], run: (statement: Document, index: number) => Promise<void>) {
    const writeErrors: Document[] = []
    for (const [index, statement] of statements.entries()) {
      try {
        await run(statement, index)
      } catch (error) {
        if (!(error instanceof CommandError) || error.code === 112 || ctx.txn) throw error
        writeErrors.push({ index, code: error.code, errmsg: error.message, ...error.extra })
        if (ctx.command.ordered !== false) break
      }
    }
    return writeErrors.length ? { writeErrors } : {}
  }

  private async insert(ctx: Context): Promise<Document> {
    const collection = this.collectionOf(ctx, true)!
    let n = 0
    const errors = await this.writeStatements(ctx, ctx.command.documents as Document[], async (doc) => {
      const stored = doc._id === undefined ? { _id: new ObjectId(), ...doc } : doc
      const key = docKey(stored._id)
      await this.statement(collection, ctx.txn, () => ({
        keys: [key],
        apply: () => {
          if (collection.docs.has(key)) throw collection.duplicateError(collection.indexes[0]!, stored)
          this.store.write(collection, key, stored, ctx.txn)
        },
      }))
      n++
    })
    return { n, ...errors }
  }

  /** The document an update makes of `doc` (a pipeline, operators, or a replacement). */
  private updated(doc: Document, update: Document | Document[], arrayFilters?: Document[], inserting = false): Document {
    if (Array.isArray(update)) {
      return new Aggregator(update, { ...mingoOptions, processingMode: ProcessingMode.CLONE_INPUT }).run([doc])[0] as Document
    }
    const operators = Object.keys(update)
    if (operators.length && operators.every((key) => key.startsWith('$'))) {
      const next = clone(doc)
      const { $setOnInsert, ...rest } = update
      const modifier = inserting && $setOnInsert ? { ...rest, $set: { ...rest.$set, ...$setOnInsert } } : rest
      if (Object.keys(modifier).length) applyOperators(next, modifier, arrayFilters, undefined, { cloneMode: 'deep' })
      if (valueKey(next._id) !== valueKey(doc._id) && !inserting) {
        throw new CommandError(66, 'ImmutableField', "Performing an update on the path '_id' would modify the immutable field '_id'")
      }
      return next
    }
    if (operators.some((key) => key.startsWith('$'))) throw new CommandError(9, 'FailedToParse', 'update mixes operators and fields')
    return { _id: doc._id, ...clone(update) }
  }

  /** The document an upsert starts from: the equality conditions of its filter. */
  private seed(filter: Document): Document {
    const seed: Document = {}
    const take = (condition: Document) => {
      for (const [field, value] of Object.entries(condition)) {
        if (field === '$and') for (const part of value as Document[]) take(part)
        else if (field.startsWith('$')) continue
        else if (value && typeof value === 'object' && !(value instanceof ObjectId) && !(value instanceof Date) && !Array.isArray(value)) {
          const keys = Object.keys(value)
          if (keys.length === 1 && keys[0] === '$eq') seed[field] = value.$eq
          else if (!keys.some((k) => k.startsWith('$'))) seed[field] = value
        } else seed[field] = value
      }
    }
    take(filter)
    return seed
  }

  private insertUpserted(collection: Collection, filter: Document, update: Document | Document[], arrayFilters: Document[] | undefined, txn?: Transaction) {
    let doc = this.updated(this.seed(filter), update, arrayFilters, true)
    if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc }
    this.store.write(collection, docKey(doc._id), doc, txn)
    return doc
  }

  private async update(ctx: Context): Promise<Document> {
    const collection = this.collectionOf(ctx, true)!
    let n = 0
    let nModified = 0
    const upserted: Document[] = []
    const errors = await this.writeStatements(ctx, ctx.command.updates as Document[], async (statement, index) => {
      await this.statement(collection, ctx.txn, () => {
        const targets = this.matching(collection, statement.q, ctx.txn).slice(0, statement.multi ? undefined : 1)
        return {
          keys: targets.map((doc) => docKey(doc._id)),
          apply: () => {
            if (targets.length === 0 && statement.upsert) {
              const doc = this.insertUpserted(collection, statement.q, statement.u, statement.arrayFilters, ctx.txn)
              upserted.push({ index, _id: doc._id })
              n++
              return
            }
            for (const doc of targets) {
              const next = this.updated(doc, statement.u, statement.arrayFilters)
              n++
              if (valueKey(next) === valueKey(doc)) continue
              this.store.write(collection, docKey(doc._id), next, ctx.txn)
              nModified++
            }
          },
        }
      })
    })
    return { n, nModified, ...(upserted.length ? { upserted } : {}), ...errors }
  }

  private async delete(ctx: Context): Promise<Document> {
    const collection = this.collectionOf(ctx)
    let n = 0
    if (!collection) return { n }
    const errors = await this.writeStatements(ctx, ctx.command.deletes as Document[], async (statement) => {
      await this.statement(collection, ctx.txn, () => {
        const targets = this.matching(collection, statement.q, ctx.txn).slice(0, statement.limit === 1 ? 1 : undefined)
        return {
          keys: targets.map((doc) => docKey(doc._id)),
          apply: () => {
            for (const doc of targets) this.store.write(collection, docKey(doc._id), undefined, ctx.txn)
            n += targets.length
          },
        }
      })
    })
    return { n, ...errors }
  }

  private async findAndModify(ctx: Context): Promise<Document> {
    const c = ctx.command
    const collection = this.collectionOf(ctx, true)!
    return this.statement(collection, ctx.txn, () => {
      const target = this.sorted(this.matching(collection, c.query, ctx.txn), c.sort)[0]
      return {
        keys: target ? [docKey(target._id)] : [],
        apply: () => {
          const shown = (doc: Document | undefined) => (doc ? this.project([doc], c.fields)[0] : null)
          if (c.remove) {
            if (target) this.store.write(collection, docKey(target._id), undefined, ctx.txn)
            return { lastErrorObject: { n: target ? 1 : 0 }, value: shown(target) }
          }
          if (!target) {
            if (!c.upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null }
            const doc = this.insertUpserted(collection, c.query ?? {}, c.update, c.arrayFilters, ctx.txn)
            return { lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id }, value: c.new ? shown(doc) : null }
          }
          const next = this.updated(target, c.update, c.arrayFilters)
          this.store.write(collection, docKey(target._id), next, ctx.txn)
          return { lastErrorObject: { n: 1, updatedExisting: true }, value: shown(c.new ? next : target) }
        },
      }
    })
  }

  // ---- transactions -------------------------------------------------------

  private commitTransaction(ctx: Context): Document {
    const txn = ctx.txn!
    if (txn.state === 'aborted') {
      throw new CommandError(251, 'NoSuchTransaction', `Transaction ${txn.txnNumber} has been aborted (${txn.abortReason}).`, {
        errorLabels: ['TransientTransactionError'],
      })
    }
    txn.commit()
    return {}
  }

  private abortTransaction(ctx: Context): Document {
    const txn = ctx.txn!
    if (txn.state === 'committed') throw new CommandError(256, 'TransactionCommitted', 'Transaction has been committed.')
    txn.abort('aborted by the client')
    return {}
  }
}
