import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignSettingsSelect, plainTextToLexical, toCampaignSettings, type CampaignSettingsSource } from '../../cms/domain'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import type { DocumentId } from '../../cms/domain/documentId'

/** n characters as a reviewer counts them. */
const text = (n: number) => '机关党建创新案例'.repeat(Math.ceil(n / 8)).slice(0, n)

describe('write-up limits of a campaign', () => {
  let payload: Payload
  let campaignId: DocumentId
  let unitId: DocumentId

  beforeAll(async () => {
    payload = await seededPayload()
    // Seed 000: 背景描述 ≤ 350, 创新亮点 ≤ 600, 具体做法 ≤ 1000, 取得成效 ≤ 800, total ≤ 2500.
    campaignId = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } } })).docs[0]!.id
    unitId = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!.id
  })
  afterAll(() => closePayload(payload))

  const base = () => ({ title: `测试案例${Math.random()}`, campaign: campaignId, unit: unitId, caseType: 'jiguan-dangjian' as const, kind: 'case' as const })
  const rejection = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors
  }

  it('accepts sections at their limits', async () => {
    const doc = await payload.create({
      collection: 'cases',
      data: { ...base(), sections: { background: plainTextToLexical(text(350)), highlights: plainTextToLexical(text(600)) } },
    })
    expect(doc.id).toBeDefined()
  })

  it('rejects a section over its limit with a Chinese message naming section, length and limit, and saves nothing', async () => {
    const before = (await payload.count({ collection: 'cases' })).totalDocs
    const errors = await rejection(payload.create({ collection: 'cases', data: { ...base(), sections: { background: plainTextToLexical(text(351)) } } }))
    expect(errors).toEqual([
      { path: 'sections.background', label: '正文 › 背景描述', message: '「背景描述」共 351 字，超过本活动规定的 350 字上限，请删减 1 字。' },
    ])
    expect((await payload.count({ collection: 'cases' })).totalDocs).toBe(before)
  })

  it('rejects an edit that goes over a limit and keeps the saved text', async () => {
    const doc = await payload.create({ collection: 'cases', data: { ...base(), sections: { results: plainTextToLexical(text(800)) } } })
    const errors = await rejection(payload.update({ collection: 'cases', id: doc.id, data: { sections: { results: plainTextToLexical(text(950)) } } }))
    expect(errors[0]!.message).toContain('「取得成效」共 950 字，超过本活动规定的 800 字上限')
    const saved = await payload.findByID({ collection: 'cases', id: doc.id })
    expect(JSON.stringify(saved.sections?.results)).toContain(text(800))
    expect(JSON.stringify(saved.sections?.results)).not.toContain(text(801))
  })

  it('rejects a write-up whose sections together pass the total', async () => {
    const errors = await rejection(
      payload.create({
        collection: 'cases',
        data: {
          ...base(),
          sections: {
            background: plainTextToLexical(text(350)),
            highlights: plainTextToLexical(text(600)),
            practice: plainTextToLexical(text(1000)),
            results: plainTextToLexical(text(800)),
          },
        },
      }),
    )
    // Shown on the longest section, where cutting helps most.
    expect(errors).toEqual([{ path: 'sections.practice', label: '正文 › 具体做法', message: '正文各部分合计 2750 字，超过本活动规定的全文 2500 字上限。' }])
  })

  it('counts as a reviewer does: a number or an English word is one 字, spaces are none', async () => {
    // 349 汉字 + "12345" + " 3.0 " = 351 字 as Word counts them.
    const errors = await rejection(
      payload.create({
        collection: 'cases',
        data: { ...base(), sections: { background: plainTextToLexical(`${text(349)} 12345 3.0   `) } },
      }),
    )
    expect(errors[0]!.message).toContain('共 351 字')
  })

  it('rejects a case type the campaign does not accept', async () => {
    const errors = await rejection(payload.create({ collection: 'cases', data: { ...base(), caseType: 'zhidu-jizhi' } }))
    expect(errors[0]).toMatchObject({ path: 'caseType' })
    expect(errors[0]!.message).toContain('“制度机制类”不属于')
  })

  it('gives an editor the same Chinese error over REST', async () => {
    const editor = await createEditor(payload)
    const token = await login(editor.email)
    const res = await rest('POST', '/cases', {
      token,
      body: { ...base(), sections: { practice: plainTextToLexical(text(1200)) } },
    })
    expect(res.status).toBe(400)
    // What the admin's form reads: the toast's text, and each field's path with its message.
    const message = '「具体做法」共 1200 字，超过本活动规定的 1000 字上限，请删减 200 字。'
    expect(res.body.errors).toEqual([
      { name: 'ValidationError', message, data: { collection: 'cases', errors: [{ path: 'sections.practice', label: '正文 › 具体做法', message }] } },
    ])
  })

  it('reports the limit from the section’s and the abstract’s own validation, as the admin’s form re-checks them while one types', async () => {
    // The edit view sends the case with its virtual 活动设置; the fields' validate reads the limits from it.
    const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, select: campaignSettingsSelect })
    const data = {
      abstract: text(801),
      sections: { background: plainTextToLexical(text(351)), practice: plainTextToLexical(text(10)) },
      campaignSettings: toCampaignSettings(campaign as CampaignSettingsSource),
    }
    const fields = payload.collections.cases.config.flattenedFields
    const validateOf = (path: string) => {
      const [first, second] = path.split('.')
      const field = fields.find((f) => f.name === first)!
      const target = second ? (field as { flattenedFields: typeof fields }).flattenedFields.find((f) => f.name === second)! : field
      // Payload passes the field's own config along with the options.
      return (value: unknown, options: object) =>
        (target as unknown as { validate: (value: unknown, options: unknown) => Promise<string | true> }).validate(value, { ...target, ...options })
    }
    const options = { data, req: { payload, t: (key: string) => key }, siblingData: data.sections, required: false }
    expect(await validateOf('sections.background')(data.sections.background, options)).toBe('「背景描述」共 351 字，超过本活动规定的 350 字上限，请删减 1 字。')
    expect(await validateOf('sections.practice')(data.sections.practice, options)).toBe(true)
    expect(await validateOf('abstract')(data.abstract, { ...options, siblingData: data })).toBe('摘要共 801 字，超过本活动规定的 800 字上限。')
  })
})
