import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentDir } from '../../cms/paths'
import { seedContent, seedOrder } from '../../cms/seed'
import { readContent } from '../../cms/seed/readContent'
import { bootPayload, closePayload } from '../helpers/payload'

const counts = async (payload: Payload) =>
  Object.fromEntries(await Promise.all(seedOrder.map(async (c) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs] as const)))

describe('npm run seed', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(() => closePayload(payload))

  it('loads every document of content/, each one passing validation', async () => {
    const content = readContent(contentDir)
    const summary = await seedContent(payload)
    for (const collection of seedOrder) {
      expect(summary[collection].created, collection).toBe(content[collection].length)
    }
    expect(await counts(payload)).toEqual(Object.fromEntries(seedOrder.map((c) => [c, content[c].length])))
    // The bundled collection is what the seeds describe.
    expect(content.cases.filter((e) => e.file.startsWith('cases/fuzhou-xinhuoshi-shijia-2024/'))).toHaveLength(10)
    expect(content.cases.filter((e) => e.data.kind === 'project')).toHaveLength(18)
  })

  it('changes nothing when run a second time', async () => {
    const before = await counts(payload)
    const {
      docs: [kase],
    } = await payload.find({ collection: 'cases', limit: 1, sort: 'id', overrideAccess: true })
    const summary = await seedContent(payload)
    for (const collection of seedOrder) {
      expect(summary[collection]).toMatchObject({ created: 0, updated: 0 })
    }
    expect(await counts(payload)).toEqual(before)
    const again = await payload.findByID({ collection: 'cases', id: kase!.id, overrideAccess: true })
    expect(again.updatedAt).toBe(kase!.updatedAt)
  })

  it("never touches an editor's own document, even one whose slug a content file claims", async () => {
    const own = await payload.create({
      collection: 'units',
      data: { name: '编辑自建单位', shortName: '自建', slug: 'editor-owned-unit' },
      overrideAccess: true,
    })
    const content = copyContent()
    fs.writeFileSync(path.join(content, 'units', 'editor-owned-unit.yaml'), 'slug: editor-owned-unit\nname: 内容文件中的单位\n')
    const summary = await seedContent(payload, { contentDir: content })
    expect(summary.units).toMatchObject({ created: 0, updated: 0, skipped: 1 })
    const still = await payload.findByID({ collection: 'units', id: own.id, overrideAccess: true })
    expect(still.name).toBe('编辑自建单位')
    expect(still.updatedAt).toBe(own.updatedAt)
  })

  it('writes nothing when one file is invalid, and names that file', async () => {
    const before = await counts(payload)
    const content = copyContent()
    // A new, valid unit comes first; a broken case comes later: neither may land.
    fs.writeFileSync(path.join(content, 'units', 'aaa-new-unit.yaml'), 'slug: aaa-new-unit\nname: 新增单位\n')
    const caseDir = path.join(content, 'cases', 'jinhua-chuangxin-xiangmu-2017')
    const victim = path.join(caseDir, fs.readdirSync(caseDir)[0]!)
    fs.writeFileSync(victim, fs.readFileSync(victim, 'utf8').replace(/^slug: (.*)$/m, 'slug: $1\nnotAField: 1'))
    await expect(seedContent(payload, { contentDir: content })).rejects.toThrow(/cases\/jinhua-chuangxin-xiangmu-2017\/.*unknown field\(s\): notAField/)
    expect(await counts(payload)).toEqual(before)
    const { totalDocs } = await payload.count({ collection: 'units', where: { slug: { equals: 'aaa-new-unit' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })
})

function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-content-'))
  fs.cpSync(contentDir, dir, { recursive: true })
  return dir
}
