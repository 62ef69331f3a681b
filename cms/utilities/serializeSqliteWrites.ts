import type { BaseDatabaseAdapter } from 'payload'

type Client = {
  execute(sql: string): Promise<unknown>
  transaction(mode?: string): Promise<unknown>
}
type SqliteAdapterInstance = BaseDatabaseAdapter & {
  client?: Client
  busyTimeout?: number
  wal?: false | { synchronous: string }
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: number | string | Promise<number | string | null>) => Promise<void>
  rollbackTransaction: (id: number | string | Promise<number | string | null>) => Promise<void>
}

/**
 * SQLite takes one writer at a time, and libSQL's native calls block the event
 * loop while they wait for the lock, so two write transactions in one process
 * would wait on each other for the whole busy timeout and then fail with
 * SQLITE_BUSY. Payload runs every write in a transaction; we queue those
 * transactions (reads are not affected: WAL lets them run alongside).
 *
 * libSQL also hands its connection to each transaction and opens a fresh one
 * without our PRAGMAs (busy_timeout, synchronous); we set them again on it, so
 * other processes (a seed, a site build) wait their turn instead of failing.
 */
export function serializeSqliteWrites(db: SqliteAdapterInstance): void {
  let tail: Promise<void> = Promise.resolve()
  const releases = new Map<string, () => void>()

  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  db.beginTransaction = async (options) => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => turn)
    await previous
    try {
      const id = await begin(options)
      if (id === null || id === undefined) {
        release()
        return id
      }
      releases.set(String(id), release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const finish = (end: typeof commit) => async (id: Parameters<typeof commit>[0]) => {
    const key = String(await id)
    try {
      await end(key)
    } finally {
      releases.get(key)?.()
      releases.delete(key)
    }
  }
  db.commitTransaction = finish(commit)
  db.rollbackTransaction = finish(rollback)

  const connect = db.connect?.bind(db)
  if (connect) {
    db.connect = async (...args: Parameters<NonNullable<typeof db.connect>>) => {
      await connect(...args)
      const client = db.client
      if (!client) return
      const pragmas = [`PRAGMA busy_timeout = ${db.busyTimeout ?? 0}`]
      if (db.wal) pragmas.push(`PRAGMA synchronous = ${db.wal.synchronous}`)
      const transaction = client.transaction.bind(client)
      client.transaction = async (mode) => {
        const tx = await transaction(mode)
        for (const pragma of pragmas) await client.execute(pragma)
        return tx
      }
    }
  }
}
