/**
 * Awards as the campaign defines them: only its tiers, quotas rounded as it
 * says (四舍五入 by default), and an over-quota award list or 汇编 published
 * only after an admin's confirmation, which the campaign records.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import type { DocumentId } from '../../cms/domain/documentId'

const units = ['市检察院', '市委组织部', '市委政法委', '市纪委监委']
const table = (n: number, prefix: string) =>
  Buffer.from(
    [
      '序号,案例名称,案例类型,申报单位,联系人,联系电话,备注',
      ...Array.from({ length: n }, (_, i) => `${i + 1},${prefix}${i + 1},机关党建类,${units[i % units.length]},张三,1,`),
    ].join('\n'),
  )

describe('award tiers and quotas', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof createEditor>>
  let admin: Awaited<ReturnType<typeof createEditor>>
  let campaign: DocumentId
  let entries: { id: DocumentId; title: string }[]
  // Path and message of each field error (the admin's label comes along too; not what these tests are about).
  const fieldErrors = (res: { body: any }) =>
    (res.body.errors?.[0]?.data?.errors as { path: string; message: string }[] | undefined)?.map(({ path, message }) => ({ path, message }))

  beforeAll(async () => {
    payload = await seededPayload()
    editor = await createEditor(payload)
    admin = await createEditor(payload, 'admin')
    campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } } })).docs[0]!.id
    const result = await importSummaryTable(payload, { data: table(17, '评奖测试'), name: 't.csv' }, { campaign, user: editor })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    entries = result.drafts as { id: DocumentId; title: string }[]
  })
  afterAll(() => closePayload(payload))

  it('offers only the campaign’s tiers: another tier is refused on the 奖项等次 field', async () => {
    const token = await login(editor.email)
    const res = await rest('PATCH', `/cases/${entries[0]!.id}?draft=true`, { token, body: { awardTier: 'top-ten' } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res)).toEqual([
      {
        path: 'awardTier',
        message: expect.stringContaining(
          '奖项等次“十佳案例”不在“第三届“推进机制活、建设新福建”全省机关体制机制创新优秀案例征集评选”的奖项设置中，应为：一等奖、二等奖、三等奖、参评。',
        ),
      },
    ])
  })

  it('allows one 一等奖 of 17 (0.85 rounds to 1), refuses to publish a second until an admin confirms, and records who did', async () => {
    const [a, b, c] = entries
    await payload.update({ collection: 'cases', id: a!.id, data: { awardTier: 'first', _status: 'published' } })

    // A draft may hold the second 一等奖 while the review goes on; publishing it may not.
    await payload.update({ collection: 'cases', id: b!.id, data: { awardTier: 'first' }, draft: true })
    const token = await login(editor.email)
    const refused = await rest('PATCH', `/cases/${b!.id}`, { token, body: { _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused)).toEqual([
      {
        path: 'awardTier',
        message: '本活动的一等奖 2 个（名额：17 × 5% = 0.85，四舍五入为 1 个），超出名额。超出名额的获奖名单须由管理员在活动的“评定奖项”中确认后才能发布。',
      },
    ])
    expect((await payload.findByID({ collection: 'cases', id: b!.id }))._status).toBe('draft')

    // Editors cannot confirm; an admin can, and the campaign records it.
    expect((await rest('POST', `/campaigns/${campaign}/confirm-over-quota`, { token, body: {} })).status).toBe(403)
    const adminToken = await login(admin.email)
    const confirmed = await rest('POST', `/campaigns/${campaign}/confirm-over-quota`, { token: adminToken, body: { note: '经评委会研究' } })
    expect(confirmed.status).toBe(200)
    const record = (await payload.findByID({ collection: 'campaigns', id: campaign, draft: true, depth: 0 })).quotaConfirmations!.at(-1)!
    expect(record).toMatchObject({ confirmedBy: admin.id, note: '经评委会研究', summary: '一等奖 2 个（名额：17 × 5% = 0.85，四舍五入为 1 个）' })
    expect(record.counts).toMatchObject({ first: 2 })
    expect(Date.now() - new Date(record.confirmedAt!).getTime()).toBeLessThan(60_000)

    const published = await rest('PATCH', `/cases/${b!.id}`, { token, body: { _status: 'published' } })
    expect(published.status).toBe(200)

    // A third 一等奖 goes past what was confirmed: refused again.
    await payload.update({ collection: 'cases', id: c!.id, data: { awardTier: 'first' }, draft: true })
    const third = await rest('PATCH', `/cases/${c!.id}`, { token, body: { _status: 'published' } })
    expect(third.status).toBe(400)
    expect(fieldErrors(third)![0]!.message).toMatch(/^本活动的一等奖 3 个/)

    // The record is internal: no anonymous reader sees it.
    const anonymous = await rest('GET', `/campaigns/${campaign}`)
    expect(anonymous.status).toBe(200)
    // (Payload answers a denied array as [], as it does for the campaign's contacts.)
    expect(anonymous.body.quotaConfirmations ?? []).toEqual([])
    expect(anonymous.text).not.toContain('经评委会研究')
  })

  it('rounds as the campaign says: 向下取整 gives 17 entries no 一等奖 and one 二等奖', async () => {
    await payload.update({ collection: 'campaigns', id: campaign, data: { quotaRounding: 'floor' } })
    const [, , c, d, e] = entries
    const token = await login(editor.email)
    const third = await rest('PATCH', `/cases/${c!.id}`, { token, body: { _status: 'published' } })
    expect(fieldErrors(third)![0]!.message).toBe(
      '本活动的一等奖 3 个（名额：17 × 5% = 0.85，向下取整为 0 个），超出名额。超出名额的获奖名单须由管理员在活动的“评定奖项”中确认后才能发布。',
    )
    // 17 × 10% = 1.7 rounds down to 1: the first 二等奖 publishes, the second does not.
    await payload.update({ collection: 'cases', id: d!.id, data: { awardTier: 'second' }, draft: true })
    expect((await rest('PATCH', `/cases/${d!.id}`, { token, body: { _status: 'published' } })).status).toBe(200)
    await payload.update({ collection: 'cases', id: e!.id, data: { awardTier: 'second' }, draft: true })
    const second = await rest('PATCH', `/cases/${e!.id}`, { token, body: { _status: 'published' } })
    expect(fieldErrors(second)![0]!.message).toMatch(/^本活动的二等奖 2 个（名额：17 × 10% = 1.7，向下取整为 1 个）/)
    await payload.update({ collection: 'campaigns', id: campaign, data: { quotaRounding: 'round' } })
  })

  it('publishes an over-quota 汇编 only after an admin confirms', async () => {
    const draft = await payload.create({
      collection: 'campaigns',
      draft: true,
      data: { name: '测试评选活动', year: 2026, region: '福建省', awardScheme: [{ tier: 'first', share: 5 }], _status: 'draft' },
    })
    const unit = (await payload.find({ collection: 'units', where: { name: { equals: '福州市水利局' } } })).docs[0]!.id
    for (const title of ['汇编甲', '汇编乙']) {
      await payload.create({ collection: 'cases', draft: true, data: { title, campaign: draft.id, unit, awardTier: 'first', _status: 'draft' } })
    }
    const adminToken = await login(admin.email)
    const refused = await rest('PATCH', `/campaigns/${draft.id}`, { token: adminToken, body: { _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused)).toEqual([
      {
        path: 'awardScheme',
        message: '本活动的一等奖 2 个（名额：2 × 5% = 0.1，四舍五入为 0 个），超出名额。超出名额的获奖名单须由管理员在活动的“评定奖项”中确认后才能发布。',
      },
    ])
    expect((await rest('POST', `/campaigns/${draft.id}/confirm-over-quota`, { token: adminToken, body: {} })).status).toBe(200)
    expect((await rest('PATCH', `/campaigns/${draft.id}`, { token: adminToken, body: { _status: 'published' } })).status).toBe(200)
  })
})
