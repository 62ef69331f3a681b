import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCreateBatch } from '../../cms/database/batchCreate'
import { importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import type { DocumentId } from '../../cms/domain/documentId'
import { createEvidenceFile, smallPdf } from '../helpers/evidenceFiles'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'

type Doc = Record<string, unknown> & { id: DocumentId }

/**
 * What may differ between two copies of one document: ids (the document's, its
 * array rows', its versions'), timestamps, and what is unique per document by
 * design (the slug gets a suffix, the 编号 the next number).
 */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => comparable(v))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['id', 'createdAt', 'updatedAt', 'publishedAt', 'sequence', 'slug'].includes(k))
        .map(([k, v]) => [k, comparable(v)]),
    )
  }
  return value
}

/** Data as an editor or a table gives it for a new document: array rows without ids. */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds)
  if (value && typeof value === 'object' && !('root' in value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, withoutRowIds(v)]),
    )
  }
  return value
}

async function inTransaction<T>(payload: Payload, write: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: { lookups: new Map() } }, payload)
  await initTransaction(req)
  try {
    const result = await write(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** What a create or a batch refused, field by field (none when it succeeded). */
const errorsOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => [],
    (error: unknown) => (error instanceof ValidationError ? error.data.errors.map((e) => ({ path: e.path, message: e.message })) : [String(error)]),
  )

describe('creating documents in batches', () => {
  let payload: Payload
  /** The bundled cases, as data to create again (with an image, a press date and tags added). */
  let sources: Record<string, unknown>[]

  beforeAll(async () => {
    payload = await seededPayload()
    const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '测试图片' },
      file: { data, mimetype: 'image/jpeg', name: 'batch.jpg', size: data.length },
    })
    const units = (await payload.find({ collection: 'units', limit: 3, depth: 0 })).docs
    const cases = (await payload.find({ collection: 'cases', limit: 0, depth: 0, draft: true, sort: 'sequence' })).docs as unknown as Doc[]
    sources = cases.map((c, i) => {
      const { id, createdAt: _createdAt, updatedAt: _updatedAt, sequence: _sequence, slug: _slug, slugHistory: _slugHistory, ...rest } = c
      return {
        ...(withoutRowIds(rest) as Record<string, unknown>),
        title: `${String(rest.title)}（副本）`,
        awardTier: 'entered',
        images: [{ image: media.id, caption: `图注 ${i}` }],
        press: [{ outlet: '福建日报', title: `报道 ${i}`, date: '2024-03-05T00:00:00.000Z' }],
        focusAreas: ['网格', `标签${i}`],
        coUnits: units.slice(0, 2).map((u) => u.id),
        sameInitiativeAs: [id],
      }
    })
    expect(sources.length).toBeGreaterThan(3)
  })
  afterAll(() => closePayload(payload))

  for (const status of ['draft', 'published'] as const) {
    it(`stores ${status} documents that read back exactly as payload.create's do`, async () => {
      const docs = sources.map((s) => ({ ...s, _status: status }))
      const created = await inTransaction(payload, async (req) => {
        const ids: DocumentId[] = []
        for (const data of docs) ids.push((await payload.create({ collection: 'cases', data: data as never, draft: status === 'draft', req })).id)
        return ids
      })
      const batched = await inTransaction(payload, async (req) => {
        const batch = await startCreateBatch(payload, { collection: 'cases', req, draft: status === 'draft' })
        batch.expect(docs)
        for (const data of docs) await batch.add(data)
        return (await batch.write()).map((d) => d.id)
      })
      expect(batched).toHaveLength(created.length)

      for (const [i, id] of created.entries()) {
        for (const depth of [0, 1]) {
          for (const draft of [true, false]) {
            const read = (docId: DocumentId) => payload.findByID({ collection: 'cases', id: docId, depth, draft })
            const [a, b] = [await read(id), await read(batched[i]!)]
            expect(comparable(b)).toEqual(comparable(a))
            expect(b.title).toBe(a.title)
            expect(b.slug).toMatch(new RegExp(`^${a.slug!.replace(/-\d+$/, '')}`))
          }
        }
      }
      // Listed as the admin lists (drafts included), and with one version each.
      const listed = await payload.find({ collection: 'cases', where: { id: { in: batched } }, draft: true, limit: 0, depth: 0 })
      expect(listed.docs.map((d) => d.id).sort()).toEqual([...batched].sort())
      for (const id of [created[0]!, batched[0]!]) {
        const versions = await payload.findVersions({ collection: 'cases', where: { parent: { equals: id } } })
        expect(versions.totalDocs).toBe(1)
        expect(versions.docs[0]!.latest).toBe(true)
      }
      if (status === 'published') {
        const published = await payload.find({ collection: 'cases', where: { id: { in: batched } }, limit: 0, depth: 0, overrideAccess: false })
        expect(published.docs).toHaveLength(batched.length)
      }
    })
  }

  it('numbers entries and picks slugs past the documents of the same batch', async () => {
    const docs = await inTransaction(payload, async (req) => {
      const batch = await startCreateBatch(payload, { collection: 'cases', req, draft: true })
      await batch.add({ ...sources[0], slug: 'pici-ceshi', _status: 'draft' })
      await batch.add({ ...sources[0], slug: 'pici-ceshi', _status: 'draft' })
      return batch.write()
    })
    expect(docs.map((d) => d.slug)).toEqual(['pici-ceshi', 'pici-ceshi-2'])
    expect(Number(docs[1]!.sequence)).toBe(Number(docs[0]!.sequence) + 1)
  })

  it('refuses a row on the field it concerns, and the batch writes nothing', async () => {
    const before = (await payload.count({ collection: 'cases' })).totalDocs
    const failure = await inTransaction(payload, async (req) => {
      const batch = await startCreateBatch(payload, { collection: 'cases', req, draft: true })
      await batch.add({ ...sources[0], _status: 'draft' })
      await batch.add({ ...sources[0], title: '编号测试一', _status: 'draft', sequence: 9001 })
      // Valid alone, but the row before it (same campaign) already holds this 编号.
      await batch.add({ ...sources[0], title: '编号测试二', _status: 'draft', sequence: 9001 })
      await batch.write()
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ValidationError)
    expect((failure as ValidationError).data.errors).toEqual([
      expect.objectContaining({ path: 'sequence', message: expect.stringContaining('编号 9001 已被本活动') }),
    ])

    const tooLong = await inTransaction(payload, async (req) => {
      const batch = await startCreateBatch(payload, { collection: 'cases', req, draft: true })
      await batch.add({ ...sources[0], _status: 'draft' })
      await batch.add({ ...sources[1], _status: 'draft', title: '长'.repeat(201) })
      await batch.write()
    }).catch((error: unknown) => error)
    expect(tooLong).toBeInstanceOf(ValidationError)
    expect((tooLong as ValidationError).data.errors.map((e) => e.path)).toEqual(['title'])
    expect((await payload.count({ collection: 'cases' })).totalDocs).toBe(before)
  })

  it('reads what the announced rows need in one go, and still finds every slug taken and refuses what create refuses', async () => {
    const [unit] = (await payload.find({ collection: 'units', limit: 1, depth: 0 })).docs
    const draftBrand = await payload.create({ collection: 'brands', data: { name: '未发布的批次品牌', unit: unit!.id, _status: 'draft' }, draft: true })
    const secretFile = await createEvidenceFile(payload, {
      title: '不公开的批次佐证',
      visibility: 'private',
      name: 'pici.pdf',
      data: smallPdf('PICI'),
      mimetype: 'application/pdf',
    })
    // One stored case holds "yidu-pici" in its history and "yidu-pici-xin" as its slug.
    const stored = await payload.create({ collection: 'cases', data: { ...sources[0], slug: 'yidu-pici', _status: 'published' } as never })
    await payload.update({ collection: 'cases', id: stored.id, data: { slug: 'yidu-pici-xin' } })

    const good = [
      { ...sources[0], slug: 'yidu-pici', _status: 'published' },
      { ...sources[1], slug: 'yidu-pici-xin', _status: 'published' },
      { ...sources[2], slug: 'yidu-pici', _status: 'published' },
    ]
    const refused = [
      { ...sources[0], title: '引用未发布品牌', brand: draftBrand.id, _status: 'published' },
      { ...sources[0], title: '引用不公开文件', evidence: [{ kind: 'instruction', title: '批示', file: secretFile.id }], _status: 'published' },
      { ...sources[0], title: '引用不存在的单位', unit: 987654, _status: 'published' },
    ]
    const slugs = await inTransaction(payload, async (req) => {
      const batch = await startCreateBatch(payload, { collection: 'cases', req })
      batch.expect([...good, ...refused])
      for (const data of good) await batch.add(data)
      const written = (await batch.write()).map((d) => d.slug)
      await killTransaction(req)
      return written
    })
    expect(slugs).toEqual(['yidu-pici-2', 'yidu-pici-xin-2', 'yidu-pici-3'])

    for (const data of refused) {
      const byCreate = await errorsOf(inTransaction(payload, (req) => payload.create({ collection: 'cases', data: data as never, req })))
      const inBatch = await errorsOf(
        inTransaction(payload, async (req) => {
          const batch = await startCreateBatch(payload, { collection: 'cases', req })
          batch.expect([...good, ...refused])
          for (const row of good) await batch.add(row)
          await batch.add(data)
        }),
      )
      expect(byCreate.length, data.title as string).toBeGreaterThan(0)
      expect(inBatch).toEqual(byCreate)
    }
    expect(await payload.count({ collection: 'cases', where: { title: { in: refused.map((r) => r.title) } } })).toEqual({ totalDocs: 0 })
  })

  it('numbers and tallies each campaign it touches from what is stored, latest drafts included, as create does', async () => {
    const [editor, campaign] = [
      await createEditor(payload),
      (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } }, depth: 0 })).docs[0]!,
    ]
    const table = [
      '序号,案例名称,案例类型,申报单位,联系人,联系电话,备注',
      ...Array.from({ length: 19 }, (_, i) => `${i + 1},批次计数${i + 1},机关党建类,市检察院,张三,1,`),
    ]
    const imported = await importSummaryTable(payload, { data: Buffer.from(table.join('\n')), name: 't.csv' }, { campaign: campaign.id, user: editor })
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors))
    // Entry 1 is published as 参评, and its newer draft holds the campaign's one 一等奖 (19 + 1 entries × 5% = 1).
    const [first] = imported.drafts as { id: DocumentId }[]
    await payload.update({ collection: 'cases', id: first!.id, data: { awardTier: 'entered', _status: 'published' } })
    await payload.update({ collection: 'cases', id: first!.id, data: { awardTier: 'first' }, draft: true })
    const unit = (await payload.find({ collection: 'units', limit: 1, depth: 0 })).docs[0]!
    const entry = (title: string, more: Record<string, unknown> = {}) => ({ title, campaign: campaign.id, unit: unit.id, kind: 'case', ...more })

    // 编号 go on after the stored ones, in this campaign and in another one the same batch adds to.
    const other = sources[0]!
    const highest = async (id: unknown) =>
      Number(
        (await payload.find({ collection: 'cases', where: { campaign: { equals: id } }, sort: '-sequence', limit: 1, draft: true, depth: 0 })).docs[0]!
          .sequence,
      )
    const otherHighest = await highest(other.campaign)
    const numbered = await inTransaction(payload, async (req) => {
      const rows = [entry('批次计数二十', { _status: 'draft' }), { ...other, _status: 'draft' }, entry('批次计数二十一', { _status: 'draft' })]
      const batch = await startCreateBatch(payload, { collection: 'cases', req, draft: true })
      batch.expect(rows)
      for (const row of rows) await batch.add(row)
      const written = (await batch.write()).map((d) => Number(d.sequence))
      await killTransaction(req)
      return written
    })
    expect(numbered).toEqual([20, otherHighest + 1, 21])

    // A second 一等奖 published in a batch is refused as create refuses it: the stored draft's counts.
    const second = entry('批次一等奖', { awardTier: 'first', _status: 'published' })
    const byCreate = await errorsOf(inTransaction(payload, (req) => payload.create({ collection: 'cases', data: second as never, req })))
    const inBatch = await errorsOf(
      inTransaction(payload, async (req) => {
        const batch = await startCreateBatch(payload, { collection: 'cases', req })
        batch.expect([second])
        await batch.add(second)
      }),
    )
    expect(byCreate).toEqual([{ path: 'awardTier', message: expect.stringContaining('本活动的一等奖 2 个（名额：20 × 5% = 1') }])
    expect(inBatch).toEqual(byCreate)
  })

  it('refuses collections whose create does more than it does', async () => {
    await inTransaction(payload, async (req) => {
      await expect(startCreateBatch(payload, { collection: 'media', req })).rejects.toThrow(/upload collection/)
      await expect(startCreateBatch(payload, { collection: 'users', req })).rejects.toThrow(/auth collection/)
    })
  })
})
