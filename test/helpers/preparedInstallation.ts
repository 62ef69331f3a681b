/**
 * A seeded installation prepared once per test run and copied by the test
 * files that start from the same one: the bundled collection in the database,
 * the site built from it and the site's build cache. The first file that asks
 * seeds and builds as usual, then leaves a copy here; each later one copies it
 * into its own database and folders instead of seeding and building the same
 * site again. Three kinds are kept apart by name:
 * - `seeded`: the bundled collection in the database only (seededPayload() in
 *   test/helpers/payload.ts), the start of most integration tests;
 * - `admin`: what `npm start` leaves (test/helpers/admin.ts); a later admin
 *   starts `npm start` on the copy, as a second `npm start` on the same
 *   checkout does (the database is not empty and the site is built);
 * - `site`: the bundled collection built for the test origin (seededSite() in
 *   test/helpers/site.ts), the start of the site tests.
 *
 * On SQLite the database is one file, copied consistently with VACUUM INTO; on
 * the run's MongoDB emulator, a database copied with its `copydb` (committed
 * documents only). On another MongoDB each file prepares its own installation.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { MongoClient } from 'mongodb'
import { inject } from 'vitest'

/** A test file's database (test/setup/isolatedDatabase.ts): a SQLite file, or a database on the run's MongoDB emulator. */
export type TestDatabase = { file: string } | { emulator: string; name: string }

/** An installation: the database, and a folder holding the site (dist/) and its build cache (cache/), if it has a site. */
export type Installation = { database: TestDatabase; work?: string }

export type PreparedInstallation =
  /** This admin is the first: prepare as usual, then save() (or abandon() when that failed). */
  | { role: 'prepare'; save(from: Installation): Promise<void>; abandon(): void }
  /** Another admin prepared it: copy it in before starting. */
  | { role: 'copy'; copyInto(to: Installation): Promise<void> }

/**
 * How long a later file waits for the first one to prepare, before it prepares its own. Waiting is
 * never slower than preparing again (the first one is already on it), so only a first file that died
 * without a word ends it; a hook that allows less fails with a timeout as the first one's would.
 */
const waitLimitMs = 15 * 60_000

/** Whether the test process that claimed it still runs (a timed-out file's process may be gone without a word). */
function preparerAlive(claimed: string): boolean {
  const pid = Number(fs.readFileSync(path.join(claimed, 'pid'), { encoding: 'utf8', flag: 'a+' }))
  if (!pid) return true // claimed a moment ago: its pid is being written
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return fs.existsSync(path.join(path.dirname(claimed), 'ready'))
  }
}

/** This test file's database, when it is one a prepared installation can be copied into. */
export function testDatabase(): TestDatabase | undefined {
  const url = process.env.DATABASE_URL ?? ''
  if (url.startsWith('file:')) return { file: url.slice('file:'.length) }
  const emulator = inject('mongoEmulatorUrl')
  if (emulator && url.startsWith('mongodb://')) return { emulator, name: new URL(url).pathname.slice(1) }
  return undefined
}

/** The emulator's database holding a prepared installation of that kind. */
const preparedDatabaseName = (kind: string) => `huibian_prepared_${kind}`

async function copyEmulatorDatabase(emulator: string, fromdb: string, todb: string): Promise<void> {
  const client = await MongoClient.connect(emulator)
  try {
    await client.db('admin').command({ copydb: 1, fromdb, todb })
  } finally {
    await client.close()
  }
}

/**
 * Claims the run's prepared installation of that kind: the first caller
 * prepares it, later callers wait for it and copy it. Undefined when there is
 * none to share (no copyable database, outside the suite's global setup, or its
 * preparation failed), and for a later caller that only prepares (`copy: false`:
 * it starts from nothing in any case, so it may as well be the one that prepares).
 */
export async function claimPreparedInstallation(kind: 'seeded' | 'admin' | 'site', { copy = true } = {}): Promise<PreparedInstallation | undefined> {
  const root = inject('preparedInstallationDir')
  if (!root || !testDatabase()) return undefined
  const dir = path.join(root, kind)
  fs.mkdirSync(dir, { recursive: true })
  const ready = path.join(dir, 'ready')
  const failed = path.join(dir, 'failed')
  const claimed = path.join(dir, 'claimed')
  try {
    fs.mkdirSync(claimed)
    fs.writeFileSync(path.join(claimed, 'pid'), String(process.pid))
    return {
      role: 'prepare',
      async save(from) {
        try {
          const staging = path.join(dir, 'staging')
          fs.mkdirSync(staging)
          if ('file' in from.database) {
            // A consistent copy of a database another process (the admin) has open in WAL mode.
            const client = createClient({ url: `file:${from.database.file}` })
            await client.execute(`VACUUM INTO '${path.join(staging, 'huibian.db').replaceAll("'", "''")}'`)
            client.close()
          } else {
            await copyEmulatorDatabase(from.database.emulator, from.database.name, preparedDatabaseName(kind))
          }
          if (from.work) {
            for (const entry of fs.readdirSync(from.work)) {
              if (entry !== 'node_modules') fs.cpSync(path.join(from.work, entry), path.join(staging, entry), { recursive: true })
            }
            fs.writeFileSync(path.join(staging, 'work'), from.work)
          }
          fs.renameSync(staging, ready)
        } catch (error) {
          fs.writeFileSync(failed, String(error))
        }
      },
      abandon: () => fs.writeFileSync(failed, 'the first file could not prepare it'),
    }
  } catch {
    // Claimed already: wait for the first file to save it.
    if (!copy) return undefined
  }
  const deadline = Date.now() + waitLimitMs
  while (!fs.existsSync(ready)) {
    if (fs.existsSync(failed) || !preparerAlive(claimed) || Date.now() > deadline) return undefined
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    role: 'copy',
    async copyInto(to) {
      if ('file' in to.database) fs.copyFileSync(path.join(ready, 'huibian.db'), to.database.file)
      else await copyEmulatorDatabase(to.database.emulator, preparedDatabaseName(kind), to.database.name)
      if (!to.work) return
      // The build records absolute paths into its cache (the content store, the draft preview's bundle): make them this folder's.
      const original = fs.readFileSync(path.join(ready, 'work'), 'utf8')
      const rewrite = (file: string) => {
        if (!/\.(json|mjs|js)$/.test(file)) return
        const text = fs.readFileSync(file, 'utf8')
        if (text.includes(original)) fs.writeFileSync(file, text.replaceAll(original, to.work!))
      }
      for (const name of fs.readdirSync(ready).filter((entry) => entry !== 'huibian.db' && entry !== 'work')) {
        const copy = path.join(to.work, name)
        fs.cpSync(path.join(ready, name), copy, { recursive: true })
        const files = fs.statSync(copy).isDirectory()
          ? fs
              .readdirSync(copy, { recursive: true, withFileTypes: true })
              .filter((entry) => entry.isFile())
              .map((entry) => path.join(entry.parentPath, entry.name))
          : [copy]
        for (const file of files) rewrite(file)
      }
    },
  }
}
