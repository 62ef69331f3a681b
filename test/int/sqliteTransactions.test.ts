import fs from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEngine } from '../../cms/database'
import { assertAdapterVersion, patchedAdapterVersion } from '../../cms/database/sqliteTransactions'
import { bootPayload, closePayload } from '../helpers/payload'

const openFiles = () => fs.readdirSync('/proc/self/fd').length

describe.skipIf(databaseEngine() !== 'sqlite')('write transactions on the embedded SQLite file', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(() => closePayload(payload))

  it('hold no file open after a save: a long-running server does not run out of descriptors', async () => {
    await payload.create({ collection: 'units', data: { name: '预热单位' } })
    const before = openFiles()
    for (let i = 0; i < 200; i += 1) await payload.create({ collection: 'units', data: { name: `单位${i}` }, depth: 0 })
    expect(openFiles() - before).toBeLessThan(10)
  })

  it('run one at a time when saves overlap, and all of them land', async () => {
    const saves = Array.from({ length: 20 }, (_, i) => payload.create({ collection: 'units', data: { name: `并发单位${i}` }, depth: 0 }))
    const results = await Promise.allSettled(saves)
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect((await payload.count({ collection: 'units', where: { name: { like: '并发单位' } } })).totalDocs).toBe(20)
  })

  it('refuse to patch a db-sqlite release they were not written for', () => {
    expect(() => assertAdapterVersion(patchedAdapterVersion)).not.toThrow()
    expect(() => assertAdapterVersion('3.91.0')).toThrow(/db-sqlite 3\.90\.2, but 3\.91\.0 is installed/)
  })

  it('roll back a failed save completely', async () => {
    const before = (await payload.count({ collection: 'units' })).totalDocs
    await expect(payload.create({ collection: 'units', data: { name: '单位0' } })).rejects.toThrow()
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(before)
  })
})
