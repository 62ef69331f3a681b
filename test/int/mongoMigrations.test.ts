/**
 * The MongoDB counterparts of SQLite migrations that change data
 * (cms/migrations/mongodb): data as an older version left it is brought to
 * what the SQLite migration makes of the same rows.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEngine } from '../../cms/database'
import { up as renumberEntries } from '../../cms/migrations/mongodb/20261201_094552_entry_numbers_quota_rounding'
import { up as moveEvidenceImages } from '../../cms/migrations/mongodb/20261201_160351_evidence_files'
import { evidenceDir } from '../../cms/paths'
import { smallPng } from '../security/hostileFiles'
import { bootPayload, closePayload } from '../helpers/payload'

describe.skipIf(databaseEngine() !== 'mongodb')('MongoDB migrations (the SQLite ones are SQL, run at every boot of the SQLite suite)', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(() => closePayload(payload))

  it('gives entries that shared a 编号, or had none, the next free 编号 of their campaign and keeps the old one as 报送序号', async () => {
    const campaign = await payload.create({ collection: 'campaigns', data: { name: '迁移测试活动', year: 2019, _status: 'published' } })
    const other = await payload.create({ collection: 'campaigns', data: { name: '另一个活动', year: 2019, _status: 'published' } })
    const unit = await payload.create({ collection: 'units', data: { name: '迁移测试单位' } })
    const make = async (title: string, on = campaign.id) =>
      (
        await payload.create({
          collection: 'cases',
          data: { title, kind: 'site', campaign: on, unit: unit.id, caseType: 'shehui-zhili', _status: 'draft' },
          draft: true,
        })
      ).id
    const ids = [await make('甲'), await make('乙'), await make('丙'), await make('丁'), await make('他活动', other.id)]
    // As an older import left them: 甲 乙 丙 share 序号 1 (甲 is the oldest), 丁 has none, the other campaign's entry is 1 too.
    const cases = payload.db.collections.cases!.collection
    const versions = payload.db.versions.cases!.collection
    const stored = await cases.find({}, { sort: { _id: 1 } }).toArray()
    const objectIds = ids.map((id) => stored.find((doc) => String(doc._id) === String(id))!._id)
    for (const [i, sequence] of [1, 1, 1, null, 1].entries()) {
      await cases.updateOne({ _id: objectIds[i] }, { $set: { sequence }, $unset: { submittedSequence: '' } })
      await versions.updateMany({ parent: objectIds[i] }, { $set: { 'version.sequence': sequence }, $unset: { 'version.submittedSequence': '' } })
    }
    await payload.db.collections.campaigns!.collection.updateMany({}, { $unset: { quotaRounding: '' } })

    await renumberEntries({ payload, req: {} as never, session: undefined as never })

    const read = async (id: (typeof ids)[number]) => {
      const doc = await payload.findByID({ collection: 'cases', id, draft: true, depth: 0 })
      return [doc.sequence, doc.submittedSequence ?? null]
    }
    expect(await Promise.all(ids.map(read))).toEqual([
      [1, null],
      [2, 1],
      [3, 1],
      [4, null],
      [1, null],
    ])
    const version = (await payload.findVersions({ collection: 'cases', where: { parent: { equals: ids[2] } }, limit: 1 })).docs[0]!
    expect([version.version.sequence, version.version.submittedSequence]).toEqual([3, 1])
    expect((await payload.findByID({ collection: 'campaigns', id: campaign.id })).quotaRounding).toBe('round')
  })

  it('turns a 公开的佐证 photo from 图片 into a public 佐证文件 that the entry, and its versions, point at', async () => {
    const photo = await payload.create({
      collection: 'media',
      data: { alt: '表彰大会现场照片' },
      file: { name: 'evidence-photo.png', data: await smallPng(10, 120, 60, 640, 480), mimetype: 'image/png', size: 0 },
      overrideAccess: true,
    })
    const campaign = await payload.create({ collection: 'campaigns', data: { name: '佐证迁移活动', year: 2020, _status: 'published' } })
    const unit = await payload.create({ collection: 'units', data: { name: '佐证迁移单位' } })
    const kase = await payload.create({
      collection: 'cases',
      data: { title: '佐证迁移案例', kind: 'case', campaign: campaign.id, unit: unit.id, caseType: 'shehui-zhili', _status: 'draft' },
      draft: true,
    })
    // As the case-facts release left it: the entry holds the photo itself.
    const cases = payload.db.collections.cases!.collection
    const versions = payload.db.versions.cases!.collection
    const photoId = (await payload.db.collections.media!.collection.findOne({ filename: photo.filename }))!._id
    const entry = { id: 'e1', kind: 'photo', title: '表彰现场', image: photoId }
    const caseId = (await cases.findOne({ title: '佐证迁移案例' }))!._id
    await cases.updateOne({ _id: caseId }, { $set: { evidence: [entry] } })
    await versions.updateMany({ parent: caseId }, { $set: { 'version.evidence': [entry] } })

    await moveEvidenceImages({ payload, req: {} as never, session: undefined as never })

    const doc = await payload.findByID({ collection: 'cases', id: kase.id, draft: true, depth: 1, overrideAccess: true })
    const file = doc.evidence?.[0]?.file
    expect(file).toMatchObject({ title: '表彰大会现场照片', visibility: 'public', filename: photo.filename, mimeType: 'image/png' })
    expect(fs.existsSync(path.join(evidenceDir, photo.filename!))).toBe(true)
    expect(doc.evidence?.[0]).toMatchObject({ kind: 'photo', title: '表彰现场' })
    const version = (await payload.findVersions({ collection: 'cases', where: { parent: { equals: kase.id } }, limit: 1, depth: 0 })).docs[0]!
    expect(version.version.evidence?.[0]?.file).toBe((file as { id: unknown }).id)
    expect(await versions.countDocuments({ 'version.evidence.image': { $exists: true } })).toBe(0)
  })
})
