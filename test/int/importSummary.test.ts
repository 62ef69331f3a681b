import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import readXlsxFile from 'read-excel-file/node'
import { parse } from 'csv-parse/sync'

import { importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import type { DocumentId } from '../../cms/domain/documentId'

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures', name))

/** The 20-row fixture as a real XLSX, written by a spreadsheet library, title rows and all. */
async function asXlsx(csv: Buffer): Promise<Buffer> {
  const rows = parse(csv.toString('utf8'), { bom: true, relax_column_count: true }) as string[][]
  return writeXlsxFile(
    rows.map((row) => row.map((value) => ({ value, type: String }))),
    { sheet: 'Sheet1' },
  ).toBuffer()
}

/** New units in these tables are city-level units of Fuzhou: the editor says so, as the form asks. */
const fuzhouUnits = { newUnitLevel: 'shizhi', newUnitRegion: '福州市' }

describe('importing a 汇总表', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof createEditor>>
  let campaignId: DocumentId
  const counts = async () => ({
    cases: (await payload.count({ collection: 'cases', where: { campaign: { equals: campaignId } } })).totalDocs,
    units: (await payload.count({ collection: 'units' })).totalDocs,
  })

  beforeAll(async () => {
    payload = await seededPayload()
    editor = await createEditor(payload)
    campaignId = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } } })).docs[0]!.id
  })
  afterAll(() => closePayload(payload))

  it('creates 20 drafts from a valid CSV, matching known units by 规范简称 and creating the new ones', async () => {
    const before = await counts()
    const result = await importSummaryTable(
      payload,
      { data: fixture('huizongbiao-20.csv'), name: '汇总表.csv' },
      { campaign: campaignId, user: editor, ...fuzhouUnits },
    )
    expect(result).toMatchObject({ ok: true, created: 20, alreadyImported: 0, unitsCreated: 4, rows: 20 })
    if (!result.ok) return
    expect(result.drafts).toHaveLength(20)
    expect(await counts()).toEqual({ cases: before.cases + 20, units: before.units + 4 })

    const { docs } = await payload.find({ collection: 'cases', where: { campaign: { equals: campaignId } }, sort: 'sequence', draft: true, depth: 1, limit: 0 })
    expect(docs.map((d) => d._status)).toEqual(Array(20).fill('draft'))
    expect(docs.map((d) => d.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(docs.map((d) => d.submittedSequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(result.drafts.map((d) => d.id)).toEqual(docs.map((d) => d.id))
    // Entered, not awarded: nothing imported reads as 优秀案例 or any other award.
    expect(new Set(docs.map((d) => d.awardTier))).toEqual(new Set(['entered']))
    const first = docs[0]!
    expect(first).toMatchObject({
      title: '机关党建“双述双评”工作法',
      caseType: 'jiguan-dangjian',
      contactPerson: '联系人01',
      contactPhone: '0591-80000000',
      remarks: '测试数据',
    })
    const created = (await payload.find({ collection: 'units', where: { name: { equals: '晋安区直机关工委' } } })).docs[0]
    expect(created).toMatchObject({ level: 'shizhi', region: '福州市', shortName: '晋安区直机关工委' })
    expect((first.unit as { name: string }).name).toBe('福州市水利局')
    // Contacts are private: an anonymous reader sees neither the drafts nor the contacts.
    const anonymous = await payload.find({ collection: 'cases', where: { campaign: { equals: campaignId } }, overrideAccess: false, draft: true })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('creates nothing when the same file comes again, as CSV or as XLSX', async () => {
    const before = await counts()
    const again = await importSummaryTable(
      payload,
      { data: fixture('huizongbiao-20.csv'), name: 'a.csv' },
      { campaign: campaignId, user: editor, ...fuzhouUnits },
    )
    expect(again).toMatchObject({ ok: true, created: 0, alreadyImported: 20, unitsCreated: 0 })
    const xlsx = await importSummaryTable(
      payload,
      { data: await asXlsx(fixture('huizongbiao-20.csv')), name: 'a.xlsx' },
      { campaign: campaignId, user: editor, ...fuzhouUnits },
    )
    expect(xlsx).toMatchObject({ ok: true, created: 0, alreadyImported: 20 })
    expect(await counts()).toEqual(before)
  })

  it('creates 20 drafts with their units from an XLSX', async () => {
    const other = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2023' } } })).docs[0]!
    // That campaign lists no case types of its own, so any known type is accepted.
    const result = await importSummaryTable(
      payload,
      { data: await asXlsx(fixture('huizongbiao-20.csv')), name: '汇总表.xlsx' },
      { campaign: other.id, user: editor, ...fuzhouUnits },
    )
    expect(result).toMatchObject({ ok: true, created: 20, unitsCreated: 0 })
    const { docs } = await payload.find({ collection: 'cases', where: { campaign: { equals: other.id } }, draft: true, depth: 1, limit: 0, sort: 'sequence' })
    const imported = docs.filter((d) => d._status === 'draft')
    expect(imported).toHaveLength(20)
    expect(imported.every((d) => typeof d.unit === 'object' && d.unit !== null)).toBe(true)
    expect(imported.find((d) => d.title === '“四下基层”制度化实践')?.contactPhone).toBe('0591-80000016')
  })

  it('writes nothing from a file with 3 bad rows, and names the 3 rows in Chinese', async () => {
    const before = await counts()
    const result = await importSummaryTable(
      payload,
      { data: fixture('huizongbiao-3-bad.csv'), name: 'bad.csv' },
      { campaign: campaignId, user: editor, ...fuzhouUnits },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { row: 6, column: '案例名称', message: '案例名称为空。' },
      {
        row: 8,
        column: '案例类型',
        message: '案例类型“其他类”不是“第三届“推进机制活、建设新福建”全省机关体制机制创新优秀案例征集评选”的类型，应为：机关党建类、非机关党建类。',
      },
      { row: 10, column: '案例名称', message: '与第 4 行重复（同一单位的同名案例）。' },
    ])
    expect(await counts()).toEqual(before)
  })

  it("refuses rows over a unit's quota, writing none of the file", async () => {
    const before = await counts()
    const csv = [
      '序号,案例名称,案例类型,申报单位,联系人,联系电话,备注',
      '1,省直甲案例一,机关党建类,省直甲厅,张三,1,',
      '2,省直甲案例二,机关党建类,省直甲厅,张三,1,',
      '3,省直甲案例三,机关党建类,省直甲厅,张三,1,',
      '4,省直甲案例四,非机关党建类,省直甲厅,张三,1,',
    ].join('\n')
    const result = await importSummaryTable(
      payload,
      { data: Buffer.from(csv), name: 'q.csv' },
      { campaign: campaignId, user: editor, newUnitLevel: 'shengzhi', newUnitRegion: '福建省' },
    )
    expect(result).toMatchObject({
      ok: false,
      errors: [{ row: 4, column: '申报单位', message: '“省直甲厅”超出申报名额：本活动规定省直单位机关党建类最多报送 2 个，这是第 3 个。' }],
    })
    expect(await counts()).toEqual(before)
  })

  it('decodes a GBK CSV from Chinese Windows Excel without mojibake', async () => {
    const other = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-xinshidai-dangjian-2021' } } })).docs[0]!
    const result = await importSummaryTable(
      payload,
      { data: fixture('huizongbiao-gbk.csv'), name: 'gbk.csv' },
      { campaign: other.id, user: editor, ...fuzhouUnits },
    )
    expect(result).toMatchObject({ ok: true, created: 5 })
    const titles = (
      await payload.find({ collection: 'cases', where: { campaign: { equals: other.id }, _status: { equals: 'draft' } }, draft: true, limit: 0 })
    ).docs.map((d) => d.title)
    expect(titles).toContain('机关党建“双述双评”工作法')
  })

  it('is an editors-only endpoint, and the export with contacts is too', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ campaign: campaignId, ...fuzhouUnits }))
    form.set('file', new Blob([fixture('huizongbiao-20.csv')]), 'a.csv')
    expect((await rest('POST', '/cases/import-summary', { body: form })).status).toBe(401)
    expect((await rest('GET', `/cases/export-summary?campaign=${campaignId}`)).status).toBe(401)

    const token = await login(editor.email)
    const res = await rest('POST', '/cases/import-summary', { body: form, token })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ok: true, created: 0, alreadyImported: 20 })

    const exported = await handleDownload(`/cases/export-summary?campaign=${campaignId}&format=xlsx`, token)
    const [sheet] = await readXlsxFile(exported)
    const [header, ...rows] = sheet!.data
    expect(header).toEqual(['编号', '序号', '案例名称', '案例类型', '申报单位', '联系人', '联系电话', '备注', '奖项等次', '状态'])
    expect(rows).toHaveLength(20)
    expect(rows[0]).toEqual(['1', '1', '机关党建“双述双评”工作法', '机关党建类', '福州市水利局', '联系人01', '0591-80000000', '测试数据', '参评', '草稿'])
  })
})

async function handleDownload(pathname: string, token: string): Promise<Buffer> {
  const { handleEndpoints } = await import('payload')
  const config = (await import('../../cms/payload.config')).default
  const { payloadKey } = await import('../../cms/openPayload')
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${pathname}`, { headers: { Authorization: `JWT ${token}` } }),
    payloadInstanceCacheKey: payloadKey(),
  })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}
