import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { createClient, type Client, type Config } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter } from 'payload'

import { rootDir } from '../paths'

/**
 * The db-sqlite release whose adapter internals this file replaces (its
 * `beginTransaction`, and the `sessions`, `clientConfig`, `schema`,
 * `initializing` it reads; drizzle's `getTransaction`, which awaits a
 * session's `db`). Another release may have changed them.
 */
export const patchedAdapterVersion = '3.90.2'

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SqliteAdapterInstance = BaseDatabaseAdapter & {
  /** Resolves when the adapter has connected (db-sqlite awaits it in its own beginTransaction). */
  initializing: Promise<void>
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
 *
 * Upstream: tursodatabase/libsql-client-ts#350 (a file transaction keeps its
 * database and WAL handles open after commit or rollback; `close()` does not
 * release them) and tursodatabase/libsql-js#230 (a connection that prepared a
 * statement is not released by `close()`). Remove this file once a release of
 * @libsql/client fixes them: test/int/sqliteTransactions.test.ts shows it.
 * https://github.com/tursodatabase/libsql-client-ts/issues/350
 */
export function useDedicatedTransactionConnection(db: SqliteAdapterInstance): void {
  assertAdapterVersion(installedVersion('@payloadcms/db-sqlite'))
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
      // As db-sqlite's own does: the adapter may still be connecting (or reconnecting).
      await db.initializing
      const tx = await connection()
      // The write lock is taken at the transaction's first statement, not here: Payload writes
      // outside an open transaction first in places (forgot-password's rate-limit reservation),
      // and that write would otherwise wait on this lock, in this process, until the busy timeout.
      let begun: Promise<unknown> | undefined
      const begin = () => (begun ??= tx.execute('BEGIN IMMEDIATE'))
      const id = randomUUID()
      const end = (sql: string) => async () => {
        try {
          if (begun) {
            await begun
            await tx.execute(sql)
          }
        } finally {
          release()
        }
      }
      // db-sqlite reads `db` only through its awaited getTransaction, which resolves this promise.
      db.sessions[id] = {
        get db() {
          return begin().then(() => txDb)
        },
        resolve: end('COMMIT'),
        reject: end('ROLLBACK'),
      }
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

/** Fails loudly on any db-sqlite release other than the one this patch was written for. */
export function assertAdapterVersion(installed: string): void {
  if (installed !== patchedAdapterVersion) {
    throw new Error(
      `cms/database/sqliteTransactions.ts replaces internals of @payloadcms/db-sqlite ${patchedAdapterVersion}, but ${installed} is installed. ` +
        'Check whether the descriptor leak it works around is fixed (tursodatabase/libsql-client-ts#350); if so delete the patch, ' +
        "otherwise re-read db-sqlite's beginTransaction, adapt the patch and update patchedAdapterVersion.",
    )
  }
}

/** The version of an installed package, read from its own package.json. */
export function installedVersion(name: string): string {
  // The package exports no package.json: find its own above its entry point.
  let dir = path.dirname(createRequire(path.join(rootDir, 'package.json')).resolve(name))
  for (;;) {
    const file = path.join(dir, 'package.json')
    const manifest = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string }) : {}
    if (manifest.name === name && manifest.version) return manifest.version
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the package.json of ${name}`)
    dir = path.dirname(dir)
  }
}
