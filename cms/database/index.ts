import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { env } from '../env'
import { migrations } from '../migrations'
import { migrations as mongoMigrations } from '../migrations/mongodb'
import { useDedicatedTransactionConnection } from './sqliteTransactions'
import { dataDir, migrationsDir, mongoMigrationsDir } from '../paths'

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

/**
 * The MongoDB URL, refused unless it names a replica set. The seed and the
 * 汇总表 import write all or nothing inside transactions, MongoDB runs them
 * only on a replica set, and Payload's adapter otherwise turns them off
 * without a word. mongodb+srv:// (Atlas) names its replica set in DNS.
 */
export function mongoUrl(url = env.databaseUrl() ?? ''): string {
  if (url.startsWith('mongodb+srv://') || /[?&]replicaSet=[^&]+/.test(url)) return url
  throw new Error(
    'DATABASE_URL names a MongoDB server without a replica set (no ?replicaSet=… in the URL). ' +
      'huibian needs MongoDB transactions, so that seeding and 汇总表 imports write all or nothing, and MongoDB has them only on a replica set. ' +
      'Use MongoDB Atlas (mongodb+srv://…), or run mongod as a one-member replica set (mongod --replSet rs0, then rs.initiate() once) ' +
      'and add ?replicaSet=rs0 to DATABASE_URL. See README, 数据库.',
  )
}

export function databaseAdapter(): DatabaseAdapterObj {
  if (databaseEngine() === 'mongodb') {
    const adapter = mongooseAdapter({
      url: mongoUrl(),
      // Unique slugs and the other indexes exist before anything is served; a failed build of one stops the start.
      ensureIndexes: true,
      migrationDir: mongoMigrationsDir,
    })
    const init = adapter.init
    adapter.init = (args) => {
      const db = init(args)
      const connect = db.connect!.bind(db)
      db.connect = (options) => connect(options).catch((error: Error) => Promise.reject(explainIndexFailure(error)))
      return db
    }
    return adapter
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
 * The adapter reports a unique index that cannot be built over existing
 * duplicates as "cannot connect to MongoDB … E11000 …"; say what it is and
 * what to do instead. Other errors pass unchanged.
 */
export function explainIndexFailure(error: Error): Error {
  const duplicate = /E11000 duplicate key error collection: (\S+) index: (\S+) dup key: (\{.*?\})/.exec(error.message)
  if (!duplicate) return error
  const [, namespace, index, key] = duplicate as unknown as [string, string, string, string]
  const [database, ...collection] = namespace.split('.')
  return new Error(
    `MongoDB could not build the unique index ${index} of ${namespace}: several documents share ${key}. ` +
      'Nothing is served without that index, so the start stops here. ' +
      `Give those documents distinct values (find them in mongosh: db.getSiblingDB('${database}').getCollection('${collection.join('.')}').find(${key})), then start again.`,
    { cause: error },
  )
}

/**
 * Applies the committed migrations of this engine that have not run yet. Runs
 * on every start (admin, seed, site build, tests) before anything reads the
 * database, so a fresh SQLite file never meets "no such table".
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  // Generated migrations are typed for their adapter's own argument types; Payload's list type is generic.
  const list = databaseEngine() === 'sqlite' ? migrations : mongoMigrations
  await payload.db.migrate({ migrations: list as unknown as Migration[] })
}
