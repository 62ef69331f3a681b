/**
 * The emulator's data: databases of collections of documents, unique indexes,
 * and transactions. Documents are never changed in place (every write stores
 * a new object), so a transaction keeps the pre-image of each document it
 * writes and an abort puts those back.
 *
 * Concurrency follows MongoDB's rules for what a test can notice:
 * - a transaction's uncommitted writes are invisible to everyone else;
 * - a transaction that writes a document another open transaction wrote, or
 *   that changed since it began, fails with WriteConflict
 *   (TransientTransactionError), and is aborted;
 * - a write outside a transaction to a document an open transaction wrote
 *   waits until that transaction ends;
 * - a transaction open longer than the lifetime limit is aborted.
 */
import { BSON, EJSON, ObjectId, type Document } from 'bson'
import { Query } from 'mingo'

import { decodeOptions } from './wire'

export class CommandError extends Error {
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    readonly extra: Document = {},
  ) {
    super(message)
  }
}

export const writeConflict = () =>
  new CommandError(
    112,
    'WriteConflict',
    'WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction.',
    { errorLabels: ['TransientTransactionError'] },
  )

/** A canonical text for a value, equal for values MongoDB holds equal (1 and 1.0 alike). */
export const valueKey = (value: unknown): string => (value === undefined ? 'null' : EJSON.stringify(value as Document, { relaxed: true }))

export const clone = <T extends Document>(doc: T): T => BSON.deserialize(BSON.serialize(doc, { ignoreUndefined: true }), decodeOptions) as T

export type IndexSpec = {
  v: number
  key: Record<string, number | string>
  name: string
  unique?: boolean
  sparse?: boolean
  partialFilterExpression?: Document
  [option: string]: unknown
}

const valuesAt = (doc: unknown, path: string[]): unknown[] => {
  if (path.length === 0) return [doc]
  if (Array.isArray(doc)) return doc.flatMap((item) => valuesAt(item, path))
  if (doc === null || typeof doc !== 'object') return [undefined]
  return valuesAt((doc as Document)[path[0]!], path.slice(1))
}

/** The index keys of one document (several for an array field: a multikey index). */
function indexKeys(spec: IndexSpec, doc: Document): string[] | undefined {
  const fields = Object.keys(spec.key)
  const perField = fields.map((field) => {
    const values = valuesAt(doc, field.split('.')).flatMap((v) => (Array.isArray(v) ? (v.length ? v : [undefined]) : [v]))
    return values.length ? values : [undefined]
  })
  if (spec.sparse && perField.every((values) => values.every((v) => v === undefined))) return undefined
  if (spec.partialFilterExpression && !new Query(spec.partialFilterExpression).test(doc)) return undefined
  let keys = ['']
  for (const values of perField) keys = keys.flatMap((prefix) => values.map((v) => `${prefix}|${valueKey(v ?? null)}`))
  return [...new Set(keys)]
}

const fieldKeys = (field: string, doc: Document) =>
  new Set(
    valuesAt(doc, field.split('.'))
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v) => v !== undefined && v !== null)
      .map(valueKey),
  )

function addValues(index: Map<string, Set<string>>, field: string, key: string, doc: Document) {
  for (const k of fieldKeys(field, doc)) {
    let keys = index.get(k)
    if (!keys) index.set(k, (keys = new Set()))
    keys.add(key)
  }
}

export class Collection {
  readonly docs = new Map<string, Document>()
  readonly versions = new Map<string, number>()
  readonly indexes: IndexSpec[] = [{ v: 2, key: { _id: 1 }, name: '_id_' }]
  private readonly unique = new Map<string, Map<string, string>>()

  constructor(
    readonly db: string,
    readonly name: string,
  ) {}

  get ns() {
    return `${this.db}.${this.name}`
  }

  /** The first other document that `doc` would duplicate on a unique index. */
  duplicateOf(key: string, doc: Document): { spec: IndexSpec; other: string } | undefined {
    for (const spec of this.indexes) {
      const map = this.unique.get(spec.name)
      if (!map) continue
      for (const k of indexKeys(spec, doc) ?? []) {
        const other = map.get(k)
        if (other !== undefined && other !== key) return { spec, other }
      }
    }
    return undefined
  }

  duplicateError(spec: IndexSpec, doc: Document): CommandError {
    const keyValue = Object.fromEntries(Object.keys(spec.key).map((field) => [field, valuesAt(doc, field.split('.'))[0] ?? null]))
    return new CommandError(
      11000,
      'DuplicateKey',
      `E11000 duplicate key error collection: ${this.ns} index: ${spec.name} dup key: ${EJSON.stringify(keyValue, { relaxed: true })}`,
      { keyPattern: spec.key, keyValue },
    )
  }

  /** Per field, which documents hold each value: built on a field's first equality query, then kept current. */
  private readonly byValue = new Map<string, Map<string, Set<string>>>()

  /** The documents whose `field` equals (or, for an array, contains) `value`. */
  withValue(field: string, value: unknown): Document[] {
    let index = this.byValue.get(field)
    if (!index) {
      index = new Map()
      for (const [key, doc] of this.docs) addValues(index, field, key, doc)
      this.byValue.set(field, index)
    }
    return [...(index.get(valueKey(value)) ?? [])].map((key) => this.docs.get(key)!)
  }

  /** Stores `doc` under `key` (or removes it), keeping the indexes current. */
  put(key: string, doc: Document | undefined): void {
    const old = this.docs.get(key)
    for (const [field, index] of this.byValue) {
      if (old) for (const k of fieldKeys(field, old)) index.get(k)?.delete(key)
      if (doc) addValues(index, field, key, doc)
    }
    for (const spec of this.indexes) {
      const map = this.unique.get(spec.name)
      if (!map) continue
      if (old) for (const k of indexKeys(spec, old) ?? []) if (map.get(k) === key) map.delete(k)
      if (doc) for (const k of indexKeys(spec, doc) ?? []) map.set(k, key)
    }
    if (doc) this.docs.set(key, doc)
    else this.docs.delete(key)
  }

  addIndex(spec: IndexSpec): void {
    if (this.indexes.some((existing) => existing.name === spec.name)) return
    if (spec.unique) {
      const map = new Map<string, string>()
      for (const [key, doc] of this.docs) {
        for (const k of indexKeys(spec, doc) ?? []) {
          if (map.has(k)) throw this.duplicateError(spec, doc)
          map.set(k, key)
        }
      }
      this.unique.set(spec.name, map)
    }
    this.indexes.push(spec)
  }

  dropIndex(name: string): void {
    if (name === '_id_') throw new CommandError(72, 'InvalidOptions', 'cannot drop _id index')
    const at = this.indexes.findIndex((spec) => spec.name === name)
    if (at < 0) throw new CommandError(27, 'IndexNotFound', `index not found with name [${name}]`)
    this.indexes.splice(at, 1)
    this.unique.delete(name)
  }
}

/** The identity of a document in its collection's map. */
export const docKey = (id: unknown): string => (id instanceof ObjectId ? `o${id.toHexString()}` : valueKey(id))

export class Transaction {
  state: 'active' | 'committed' | 'aborted' = 'active'
  /** Pre-images of the documents this transaction wrote (undefined: it did not exist). */
  readonly writes = new Map<Collection, Map<string, Document | undefined>>()
  readonly done: Promise<void>
  abortReason = ''
  private finish!: () => void
  private timer: NodeJS.Timeout

  constructor(
    private readonly store: Store,
    readonly session: string,
    readonly txnNumber: number,
    readonly startClock: number,
    lifetimeMs: number,
  ) {
    this.done = new Promise((resolve) => (this.finish = resolve))
    this.timer = setTimeout(() => this.abort('transaction lifetime limit exceeded'), lifetimeMs)
    this.timer.unref()
  }

  commit(): void {
    this.end('committed')
  }

  abort(reason = 'aborted'): void {
    if (this.state !== 'active') return
    for (const [collection, preImages] of this.writes) {
      for (const [key, doc] of preImages) {
        collection.put(key, doc)
        collection.versions.set(key, this.store.tick())
      }
    }
    this.abortReason = reason
    this.end('aborted')
  }

  private end(state: 'committed' | 'aborted'): void {
    clearTimeout(this.timer)
    this.state = state
    this.store.openTransactions.delete(this)
    this.finish()
  }
}

export class Store {
  readonly databases = new Map<string, Map<string, Collection>>()
  readonly openTransactions = new Set<Transaction>()
  private clock = 0

  constructor(readonly transactionLifetimeMs = 60_000) {}

  tick(): number {
    return ++this.clock
  }

  get now(): number {
    return this.clock
  }

  collection(db: string, name: string, create = false): Collection | undefined {
    let collections = this.databases.get(db)
    if (!collections && create) this.databases.set(db, (collections = new Map()))
    let collection = collections?.get(name)
    if (!collection && create) collections!.set(name, (collection = new Collection(db, name)))
    return collection
  }

  /** The open transaction, other than `self`, that wrote this document. */
  holder(collection: Collection, key: string, self?: Transaction): Transaction | undefined {
    for (const txn of this.openTransactions) if (txn !== self && txn.writes.get(collection)?.has(key)) return txn
    return undefined
  }

  /** Whether a transaction other than `reader` has uncommitted writes in the collection. */
  othersWriting(collection: Collection, reader?: Transaction): boolean {
    for (const txn of this.openTransactions) if (txn !== reader && txn.writes.has(collection)) return true
    return false
  }

  /** The documents `reader` sees: committed data and its own writes, not other transactions' writes. */
  visible(collection: Collection | undefined, reader?: Transaction): Document[] {
    if (!collection) return []
    const others = [...this.openTransactions].filter((txn) => txn !== reader && txn.writes.has(collection))
    if (others.length === 0) return [...collection.docs.values()]
    const preImage = new Map<string, Document | undefined>()
    for (const txn of others) for (const [key, doc] of txn.writes.get(collection)!) preImage.set(key, doc)
    const docs: Document[] = []
    for (const [key, doc] of collection.docs) {
      if (!preImage.has(key)) docs.push(doc)
      else if (preImage.get(key)) docs.push(preImage.get(key)!)
    }
    for (const [key, doc] of preImage) if (doc && !collection.docs.has(key)) docs.push(doc)
    return docs
  }

  /**
   * Waits until `writer` may write these documents: outside a transaction,
   * until the transactions holding them end; inside one, a conflict fails.
   */
  async claim(collection: Collection, keys: string[], writer?: Transaction): Promise<boolean> {
    for (const key of keys) {
      const holder = this.holder(collection, key, writer)
      if (holder && !writer) {
        await holder.done
        return false
      }
      if (holder || (writer && !writer.writes.get(collection)?.has(key) && (collection.versions.get(key) ?? 0) > writer.startClock)) {
        throw writeConflict()
      }
    }
    return true
  }

  /**
   * Copies a database's committed documents and its indexes under a new name: MongoDB's `copydb`
   * (removed in 4.2), kept here so the suite can copy a prepared installation as it copies a SQLite file.
   */
  copyDatabase(from: string, to: string): void {
    const source = this.databases.get(from)
    if (!source) throw new CommandError(26, 'NamespaceNotFound', `database ${from} does not exist`)
    if (this.databases.get(to)?.size) throw new CommandError(48, 'NamespaceExists', `database ${to} already has collections`)
    const target = new Map<string, Collection>()
    for (const collection of source.values()) {
      const copy = new Collection(to, collection.name)
      for (const spec of collection.indexes) copy.addIndex({ ...spec })
      for (const doc of this.visible(collection)) this.write(copy, docKey(doc._id), clone(doc))
      target.set(copy.name, copy)
    }
    this.databases.set(to, target)
  }

  /** Writes one document (undefined: deletes it), as part of `writer` when given. */
  write(collection: Collection, key: string, doc: Document | undefined, writer?: Transaction): void {
    if (doc) {
      const duplicate = collection.duplicateOf(key, doc)
      if (duplicate) {
        if (this.holder(collection, duplicate.other, writer)) throw writeConflict()
        throw collection.duplicateError(duplicate.spec, doc)
      }
    }
    if (writer) {
      let preImages = writer.writes.get(collection)
      if (!preImages) writer.writes.set(collection, (preImages = new Map()))
      if (!preImages.has(key)) preImages.set(key, collection.docs.get(key))
    }
    collection.put(key, doc)
    collection.versions.set(key, this.tick())
  }
}
