import { randomUUID } from 'node:crypto'

import { createClient, type Client, type Config } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter } from 'payload'

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SqliteAdapterInstance = BaseDatabaseAdapter & {
  clientConfig: Config
  busyTimeout?: number
  wal?: false | { synchronous: string }
  schema: Record<string, unknown>
  sessions: Record<string, Session>
  beginTransaction: (options?: unknown) => Promise<null | number | string>
}

/**
 * Write transactions for the embedded SQLite file, on one dedicated connection.
 *
 * Why not db-sqlite's own: libSQL hands each transaction a connection and
 * never closes it (two file descriptors leaked per save, EMFILE after a few
 * hundred), and opens a fresh connection, without our PRAGMAs, every time.
 * SQLite takes one writer at a time anyway, and libSQL's native calls block
 * the event loop while they wait for a lock, so two transactions of one
 * process would deadlock until the busy timeout: we queue them instead. Reads
 * stay on the main connection and, with WAL, see only committed data.
 */
export function useDedicatedTransactionConnection(db: SqliteAdapterInstance): void {
  let client: Client | undefined
  let txDb: unknown
  let tail: Promise<void> = Promise.resolve()

  const connection = async () => {
    if (!client) {
      client = createClient(db.clientConfig)
      await client.execute(`PRAGMA busy_timeout = ${db.busyTimeout ?? 0}`)
      if (db.wal) await client.execute(`PRAGMA synchronous = ${db.wal.synchronous}`)
      txDb = drizzle(client, { schema: db.schema as never })
    }
    return client
  }

  db.beginTransaction = async () => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => turn)
    await previous
    try {
      const tx = await connection()
      await tx.execute('BEGIN IMMEDIATE')
      const id = randomUUID()
      const end = (sql: string) => async () => {
        try {
          await tx.execute(sql)
        } finally {
          release()
        }
      }
      db.sessions[id] = { db: txDb, resolve: end('COMMIT'), reject: end('ROLLBACK') }
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  const destroy = db.destroy?.bind(db)
  db.destroy = async () => {
    client?.close()
    client = undefined
    await destroy?.()
  }
}
