/**
 * A 2,000-row 汇总表, the size of a provincial campaign. MongoDB aborts any
 * transaction older than 60 s (the emulator too), so the import commits in
 * batches, and a failing row late in the table still leaves nothing behind.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEngine } from '../../cms/database'
import type { DocumentId } from '../../cms/domain/documentId'
import { IMPORT_BATCH_ROWS, importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'

const ROWS = 2000

function summaryTable(rows = ROWS): Buffer {
  const lines = ['序号,案例名称,案例类型,申报单位,联系人,联系电话,备注']
  for (let n = 1; n <= rows; n++) {
    const unit = `批量测试单位${String(Math.ceil(n / 20)).padStart(3, '0')}`
    lines.push([n, `批量导入测试案例${String(n).padStart(4, '0')}`, '机关党建类', unit, '联系人', '0591-80000000', '测试数据'].join(','))
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

describe('importing a 2,000-row 汇总表', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof createEditor>>
  let campaignId: DocumentId
  const counts = async () => ({
    cases: (await payload.count({ collection: 'cases', where: { campaign: { equals: campaignId } } })).totalDocs,
    units: (await payload.count({ collection: 'units' })).totalDocs,
  })
  // How many cases each transaction created, and how long it stayed open.
  const transactions: { cases: number; ms: number }[] = []
  // The database fails at the commit of the transaction with this many cases written before it (a lost connection, a full disk).
  let failAfter = Infinity
  let written = 0

  beforeAll(async () => {
    payload = await seededPayload()
    editor = await createEditor(payload)
    campaignId = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } } })).docs[0]!.id
    const db = payload.db
    const open = new Map<string, number>()
    const begin = db.beginTransaction.bind(db)
    const commit = db.commitTransaction.bind(db)
    const allCases = async () => (await payload.count({ collection: 'cases' })).totalDocs
    let committed = await allCases()
    db.beginTransaction = async (options) => {
      const id = await begin(options)
      if (id !== null) open.set(String(id), Date.now())
      return id
    }
    db.commitTransaction = async (id) => {
      const started = open.get(String(await id))
      if (started === undefined) return commit(id)
      // The cases this transaction wrote are visible outside it only once it committed.
      const cases = (await payload.count({ collection: 'cases', req: { payload, transactionID: await id } as never })).totalDocs - committed
      if (cases > 0 && written >= failAfter) {
        failAfter = Infinity
        throw new Error('simulated database failure')
      }
      await commit(id)
      committed = await allCases()
      written += cases
      transactions.push({ cases, ms: Date.now() - started })
    }
  })
  afterAll(() => closePayload(payload))

  it('writes nothing when the database fails in a late batch', { timeout: 600_000 }, async () => {
    const before = await counts()
    failAfter = IMPORT_BATCH_ROWS * 2
    written = 0
    // Three batches: the failure comes after two have been committed.
    await expect(
      importSummaryTable(
        payload,
        { data: summaryTable(IMPORT_BATCH_ROWS * 3), name: '汇总表.csv' },
        { campaign: campaignId, user: editor, newUnitLevel: 'shizhi', newUnitRegion: '福州市' },
      ),
    ).rejects.toThrow('simulated database failure')
    expect(await counts()).toEqual(before)
  })

  // MongoDB's limit: SQLite has none (its batches are the same, tested above).
  it.skipIf(databaseEngine() !== 'mongodb')(
    'imports every row in transactions of at most one batch, each well inside the 60-second limit',
    { timeout: 600_000 },
    async () => {
      const before = await counts()
      transactions.length = 0
      const result = await importSummaryTable(
        payload,
        { data: summaryTable(), name: '汇总表.csv' },
        { campaign: campaignId, user: editor, newUnitLevel: 'shizhi', newUnitRegion: '福州市' },
      )
      expect(result).toMatchObject({ ok: true, created: ROWS, alreadyImported: 0, unitsCreated: ROWS / 20, rows: ROWS })
      expect(await counts()).toEqual({ cases: before.cases + ROWS, units: before.units + ROWS / 20 })
      const batches = transactions.filter((t) => t.cases > 0)
      expect(batches.length).toBe(ROWS / IMPORT_BATCH_ROWS)
      expect(Math.max(...batches.map((t) => t.cases))).toBe(IMPORT_BATCH_ROWS)
      expect(Math.max(...batches.map((t) => t.ms))).toBeLessThan(60_000)
    },
  )
})
