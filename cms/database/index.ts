import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { env } from '../env'
import { migrations } from '../migrations'
import { useDedicatedTransactionConnection } from './sqliteTransactions'
import { dataDir, migrationsDir } from '../paths'

/** The engine DATABASE_URL asks for: MongoDB for deployments, else the embedded SQLite file. */
export type DatabaseEngine = 'mongodb' | 'sqlite'

export function databaseEngine(url = env.databaseUrl()): DatabaseEngine {
  if (url && /^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (url && !/^file:/.test(url)) {
    throw new Error(
      `DATABASE_URL must be a mongodb://, mongodb+srv:// or file: URL (got "${url.split(':')[0]}:…"). Unset it to use the embedded SQLite file data/huibian.db.`,
    )
  }
  return 'sqlite'
}

export function sqliteUrl(): string {
  const url = env.databaseUrl() ?? `file:${path.join(dataDir, 'huibian.db')}`
  // libSQL creates the file but not its folder.
  fs.mkdirSync(path.dirname(url.replace(/^file:/, '')), { recursive: true })
  return url
}

export function databaseAdapter(): DatabaseAdapterObj {
  if (databaseEngine() === 'mongodb') {
    return mongooseAdapter({ url: env.databaseUrl()! })
  }
  const adapter = sqliteAdapter({
    client: { url: sqliteUrl() },
    // WAL measured 2–3× faster here; NORMAL sync is safe with WAL.
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 15_000,
    // The seed and the importer write all or nothing (see database/sqliteTransactions.ts).
    transactionOptions: { behavior: 'immediate' },
    // The schema changes only through committed migrations (cms/migrations).
    push: false,
    migrationDir: migrationsDir,
  })
  const init = adapter.init
  adapter.init = (args) => {
    const db = init(args)
    useDedicatedTransactionConnection(db as never)
    return db
  }
  return adapter
}

/**
 * Applies the committed SQLite migrations that have not run yet. Runs on every
 * start (admin, seed, site build, tests) before anything reads the database,
 * so a fresh file never meets "no such table".
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (databaseEngine() !== 'sqlite') return
  // Generated migrations are typed for db-sqlite's own argument types; Payload's list type is generic.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
