/**
 * Unit matching in the 汇总表 import cannot go wrong silently: a short name
 * means a unit of the campaign's region only, a name that fits two units
 * stops the import until the editor picks one, and new units are created
 * only with the level and region the editor gives. Also: 编号 are unique in
 * a campaign and stable, while each row keeps its submitter's 序号.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import type { DocumentId } from '../../cms/domain/documentId'
import { inQuotes } from '../../cms/domain/quotation'

const table = (rows: string[]) => Buffer.from(['序号,案例名称,案例类型,申报单位,联系人,联系电话,备注', ...rows].join('\n'))

describe('matching the units a 汇总表 names', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof createEditor>>
  let fujian: DocumentId
  let jinhua: DocumentId
  const unitId = async (name: string) => (await payload.find({ collection: 'units', where: { name: { equals: name } } })).docs[0]!.id
  const casesOf = async (campaign: DocumentId) =>
    (await payload.find({ collection: 'cases', where: { campaign: { equals: campaign } }, draft: true, depth: 1, limit: 0, sort: 'sequence' })).docs
  const count = async () => ({
    cases: (await payload.count({ collection: 'cases' })).totalDocs,
    units: (await payload.count({ collection: 'units' })).totalDocs,
  })

  beforeAll(async () => {
    payload = await seededPayload()
    editor = await createEditor(payload)
    const bySlug = async (slug: string) => (await payload.find({ collection: 'campaigns', where: { slug: { equals: slug } } })).docs[0]!
    fujian = (await bySlug('fujian-jizhihuo-2020')).id
    jinhua = (await bySlug('jinhua-chuangxin-xiangmu-2017')).id
  })
  afterAll(() => closePayload(payload))

  it('matches 「市水利局」 in a 福建 campaign to the Fuzhou bureau, never the Jinhua one, and the reverse in a 金华 campaign', async () => {
    const result = await importSummaryTable(
      payload,
      { data: table(['1,水利党建甲,机关党建类,市水利局,张三,1,']), name: 'a.csv' },
      { campaign: fujian, user: editor },
    )
    expect(result).toMatchObject({ ok: true, created: 1, unitsCreated: 0 })
    const [fuzhouCase] = await casesOf(fujian)
    expect((fuzhouCase!.unit as { name: string }).name).toBe('福州市水利局')

    const again = await importSummaryTable(
      payload,
      { data: table(['1,水利项目乙,制度机制类,市水利局,李四,1,']), name: 'b.csv' },
      { campaign: jinhua, user: editor },
    )
    expect(again).toMatchObject({ ok: true, created: 1 })
    const imported = (await casesOf(jinhua)).find((c) => c.title === '水利项目乙')!
    expect((imported.unit as { name: string }).name).toBe('金华市水利局')
  })

  it('does not let 「市交通局」 (the Jinhua short name) reach 金华市交通运输局 from a 福建 campaign: it asks for a new unit instead', async () => {
    const before = await count()
    const result = await importSummaryTable(
      payload,
      { data: table(['1,交通党建丙,机关党建类,市交通局,张三,1,']), name: 'c.csv' },
      { campaign: fujian, user: editor },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      {
        row: 2,
        column: '申报单位',
        message:
          '“市交通局”不是已有单位（同一简称的金华市交通运输局属于金华市，不在本活动地区福建省内），导入时将新建。请在“新建单位”中填写它的全称、层级和地区（必填），或在表中改写为已有单位的全称。',
      },
    ])
    expect(result.unknownUnits).toEqual(['市交通局'])
    expect(await count()).toEqual(before)
  })

  it('stops on a name that fits two units of the region, lists both by full name, and imports once the editor picks one', async () => {
    await payload.create({ collection: 'units', data: { name: '厦门市水利局', shortName: '市水利局', level: 'shizhi', region: '厦门市' } })
    const before = await count()
    const file = { data: table(['1,水利党建丁,机关党建类,市水利局,张三,1,', '2,水利党建戊,非机关党建类,市水利局,张三,1,']), name: 'd.csv' }
    const result = await importSummaryTable(payload, file, { campaign: fujian, user: editor })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const message = '“市水利局”可能是 2 个单位：福州市水利局（福州市）、厦门市水利局（厦门市）。请在“核对单位”中选定，或在表中改写为单位全称。'
    expect(result.errors).toEqual([
      { row: 2, column: '申报单位', message },
      { row: 3, column: '申报单位', message },
    ])
    expect(result.ambiguousUnits).toEqual([
      {
        text: '市水利局',
        rows: [2, 3],
        candidates: [
          { id: await unitId('福州市水利局'), name: '福州市水利局', region: '福州市' },
          { id: await unitId('厦门市水利局'), name: '厦门市水利局', region: '厦门市' },
        ],
      },
    ])
    expect(await count()).toEqual(before)

    const xiamen = await unitId('厦门市水利局')
    const chosen = await importSummaryTable(payload, file, { campaign: fujian, user: editor, choices: { 市水利局: xiamen } })
    expect(chosen).toMatchObject({ ok: true, created: 2 })
    const titles = (await casesOf(fujian)).filter((c) => (c.unit as { id: number }).id === xiamen).map((c) => c.title)
    expect(titles).toEqual(['水利党建丁', '水利党建戊'])

    // Writing the full name in the table works too, without a choice.
    const full = await importSummaryTable(
      payload,
      { data: table(['1,水利党建己,机关党建类,福州市水利局,张三,1,']), name: 'e.csv' },
      { campaign: fujian, user: editor },
    )
    expect(full).toMatchObject({ ok: true, created: 1 })
  })

  it('creates a new unit only with the full name, level and region the editor gives, and refuses a region outside the campaign', async () => {
    const file = { data: table(['1,新单位案例,机关党建类,市气象局,张三,1,']), name: 'f.csv' }
    const outside = await importSummaryTable(payload, file, {
      campaign: fujian,
      user: editor,
      newUnits: { 市气象局: { name: '金华市气象局', level: 'shizhi', region: '金华市' } },
    })
    expect(outside).toMatchObject({ ok: false, errors: [{ row: 2, message: '新建单位“金华市气象局”的地区“金华市”不在本活动的地区（福建省）内，请核对。' }] })

    const created = await importSummaryTable(payload, file, {
      campaign: fujian,
      user: editor,
      newUnits: { 市气象局: { name: '福州市气象局', level: 'shizhi', region: '福州市' } },
    })
    expect(created).toMatchObject({ ok: true, created: 1, unitsCreated: 1 })
    const unit = (await payload.find({ collection: 'units', where: { name: { equals: '福州市气象局' } } })).docs[0]
    expect(unit).toMatchObject({ shortName: '市气象局', level: 'shizhi', region: '福州市' })
  })

  it('applies quotas to new units by the level the editor gives', async () => {
    const result = await importSummaryTable(
      payload,
      {
        data: table(['1,省直乙一,机关党建类,省直乙厅,张三,1,', '2,省直乙二,机关党建类,省直乙厅,张三,1,', '3,省直乙三,机关党建类,省直乙厅,张三,1,']),
        name: 'g.csv',
      },
      { campaign: fujian, user: editor, newUnits: { 省直乙厅: { name: '福建省直乙厅', level: 'shengzhi', region: '福建省' } } },
    )
    expect(result).toMatchObject({
      ok: false,
      errors: [{ row: 4, message: '“福建省直乙厅”超出申报名额：本活动规定省直单位机关党建类最多报送 2 个，这是第 3 个。' }],
    })
  })

  it('gives every entry a campaign-wide 编号, keeps each submitter’s 序号, and never renumbers', async () => {
    // Two submitters' tables, each starting at 序号 1.
    const first = await importSummaryTable(
      payload,
      { data: table(['1,编号甲一,机关党建类,市检察院,张三,1,', '2,编号甲二,机关党建类,市检察院,张三,1,']), name: 'h.csv' },
      { campaign: fujian, user: editor },
    )
    const second = await importSummaryTable(
      payload,
      { data: table(['1,编号乙一,机关党建类,市委组织部,张三,1,']), name: 'i.csv' },
      { campaign: fujian, user: editor },
    )
    expect(first.ok && second.ok).toBe(true)
    const entries = await casesOf(fujian)
    const numbers = entries.map((c) => c.sequence)
    expect(new Set(numbers).size).toBe(entries.length)
    const byTitle = Object.fromEntries(entries.map((c) => [c.title, c]))
    expect([byTitle['编号甲一']!.submittedSequence, byTitle['编号甲二']!.submittedSequence, byTitle['编号乙一']!.submittedSequence]).toEqual([1, 2, 1])
    expect(byTitle['编号乙一']!.sequence).toBe(byTitle['编号甲二']!.sequence! + 1)

    // Editing, deleting another entry, or importing more changes no one's 编号.
    const before = new Map(entries.map((c) => [c.id, c.sequence]))
    await payload.update({ collection: 'cases', id: byTitle['编号甲一']!.id, data: { remarks: '改了备注' }, draft: true })
    await payload.delete({ collection: 'cases', id: byTitle['编号甲二']!.id })
    await importSummaryTable(payload, { data: table(['1,编号丙一,机关党建类,市委政法委,张三,1,']), name: 'j.csv' }, { campaign: fujian, user: editor })
    const after = await casesOf(fujian)
    for (const c of after) if (before.has(c.id)) expect(c.sequence).toBe(before.get(c.id))
    expect(new Set(after.map((c) => c.sequence)).size).toBe(after.length)
  })

  it('refuses a 编号 another entry of the campaign holds, as a Chinese error on the 编号 field', async () => {
    const [a, b] = await casesOf(fujian)
    const token = await login(editor.email)
    const res = await rest('PATCH', `/cases/${b!.id}?draft=true`, { token, body: { sequence: a!.sequence } })
    expect(res.status).toBe(400)
    const fieldErrors = res.body.errors[0].data.errors
    expect(fieldErrors).toEqual([
      {
        path: 'sequence',
        label: '编号',
        message: expect.stringMatching(new RegExp(`^编号 ${a!.sequence} 已被本活动的${inQuotes(a!.title)}使用。编号在活动内不能重复`)),
      },
    ])
    expect((await payload.findByID({ collection: 'cases', id: b!.id, draft: true })).sequence).toBe(b!.sequence)
  })
})
