/**
 * On MongoDB the unique slug index is built at every start (ensureIndexes).
 * When existing documents make that impossible (two cases with one slug, left
 * by an older version or a manual restore), `npm start` stops with a message
 * that names the index and the duplicate, instead of serving without it.
 * It starts its own emulator, so `npm test` runs it; the MongoDB run leaves it out.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import { MongoClient } from 'mongodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rootDir, tsxCli } from '../../cms/paths'
import { startMongoEmulator, type MongoEmulator } from '../mongo-emulator/server'

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

describe('a MongoDB start over duplicate slugs', () => {
  let emulator: MongoEmulator
  beforeAll(async () => {
    emulator = await startMongoEmulator()
  })
  afterAll(() => emulator?.stop())

  it('stops npm start with the index and the duplicate named, before serving anything', async () => {
    const url = new URL(emulator.url)
    url.pathname = `/huibian_dup_${randomBytes(4).toString('hex')}`
    const client = await MongoClient.connect(url.toString())
    try {
      await client
        .db()
        .collection('cases')
        .insertMany([
          { title: '甲', slug: 'same-slug' },
          { title: '乙', slug: 'same-slug' },
        ])
    } finally {
      await client.close()
    }

    const [port, sitePort] = [await freePort(), await freePort()]
    const run = await promisify(execFile)(process.execPath, [tsxCli, path.join(rootDir, 'cms', 'cli', 'start.ts'), '--no-seed'], {
      cwd: rootDir,
      env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), SITE_PORT: String(sitePort) },
      timeout: 120_000,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, out: `${stdout}${stderr}` }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
    )
    expect(run.code).toBe(1)
    expect(run.out).toContain('Could not start huibian: MongoDB could not build the unique index slug_1 of')
    expect(run.out).toContain('several documents share {"slug":"same-slug"}')
    expect(run.out).not.toContain('Admin built')
  }, 150_000)
})
