/**
 * The 词表 are content: a database starts with today's lists (so every page
 * keeps its URL), editors add terms with pinyin URL keys, renaming keeps the
 * data key and the URLs, moving a URL key keeps the old one in its history
 * (the site redirects it), a term in use cannot be deleted or unpublished, and
 * the award tiers' order is their rank.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultVocabulary } from '../../cms/domain/defaultVocabulary'
import { readVocabulary } from '../../cms/utilities/vocabulary'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { createLocalReq } from 'payload'

describe('vocabularies editors own', () => {
  let payload: Payload
  let token: string
  const vocabulary = async () => readVocabulary(await createLocalReq({}, payload))
  const campaignBySlug = async (slug: string) => (await payload.find({ collection: 'campaigns', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!

  beforeAll(async () => {
    payload = await seededPayload()
    token = await login((await createEditor(payload)).email)
  })
  afterAll(() => closePayload(payload))

  it("starts with today's lists, in their order, published, each term's URL key its old value", async () => {
    const v = await vocabulary()
    for (const list of ['caseTypes', 'fields', 'themes', 'awardTiers'] as const) {
      expect(v[list].map((t) => [t.value, t.label, t.slug, t.published])).toEqual(defaultVocabulary[list].map((t) => [t.value, t.label, t.value, true]))
    }
    expect(v.awardTiers.map((t) => t.rank)).toEqual(defaultVocabulary.awardTiers.map((t) => t.rank))
    expect(v.caseTypes.find((t) => t.value === 'zhidu-jizhi')?.kind).toBe('project')
    // The bundled campaign names its themes by key; the site shows their labels.
    expect((await campaignBySlug('fujian-xinshidai-dangjian-2021')).themes).toEqual(defaultVocabulary.themes.map((t) => t.value))
  })

  it('gives a new term a pinyin URL key once, and keeps key and URL when the label changes', async () => {
    const created = await rest('POST', '/case-types', {
      token,
      body: { label: '乡村振兴类', kind: 'case', description: '乡村振兴中的党建引领做法。', _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({ slug: 'xiangcun-zhenxing-lei', value: 'xiangcun-zhenxing-lei' })

    const renamed = await rest('PATCH', `/case-types/${doc.id}`, { token, body: { label: '乡村振兴与共同富裕类', value: 'something-else' } })
    expect(renamed.status, renamed.text).toBe(200)
    expect(renamed.body.doc).toMatchObject({ label: '乡村振兴与共同富裕类', slug: 'xiangcun-zhenxing-lei', value: 'xiangcun-zhenxing-lei', slugHistory: [] })

    const moved = await rest('PATCH', `/case-types/${doc.id}`, { token, body: { slug: 'xiangcun-zhenxing' } })
    expect(moved.status, moved.text).toBe(200)
    expect(moved.body.doc.value).toBe('xiangcun-zhenxing-lei')
    expect(moved.body.doc.slugHistory.map((h: { slug: string }) => h.slug)).toEqual(['xiangcun-zhenxing-lei'])
  })

  it('lets a campaign and its cases use the new type, and refuses keys not in the list on the field', async () => {
    const campaign = await campaignBySlug('fujian-jizhihuo-2020')
    const types = [...(campaign.caseTypes ?? []).map(({ type, focusAreas }) => ({ type, focusAreas })), { type: 'xiangcun-zhenxing-lei' }]
    const saved = await rest('PATCH', `/campaigns/${campaign.id}`, { token, body: { caseTypes: types } })
    expect(saved.status, saved.text).toBe(200)

    const wrong = await rest('PATCH', `/campaigns/${campaign.id}`, { token, body: { fields: ['nongcun', 'no-such-field'] } })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'fields', message: expect.stringContaining('“no-such-field”不在“领域”词表中') }),
    ])

    const unit = (await payload.find({ collection: 'units', limit: 1, depth: 0 })).docs[0]!
    const kase = await rest('POST', '/cases', {
      token,
      body: {
        title: '乡村振兴党建联盟',
        campaign: campaign.id,
        unit: unit.id,
        kind: 'case',
        caseType: 'xiangcun-zhenxing-lei',
        abstract: '联村党建。',
        _status: 'draft',
      },
    })
    expect(kase.status, kase.text).toBe(201)
    const offType = await rest('PATCH', `/cases/${kase.body.doc.id}`, { token, body: { caseType: 'zhidu-jizhi' } })
    expect(offType.status).toBe(400)
    expect(offType.text).toContain('不属于')
  })

  it('refuses to delete or unpublish a term in use, saying how many use it', async () => {
    const [type] = (await payload.find({ collection: 'case-types', where: { value: { equals: 'xiangcun-zhenxing-lei' } }, depth: 0 })).docs
    const deleted = await rest('DELETE', `/case-types/${type!.id}`, { token })
    expect(deleted.status).toBe(409)
    expect(deleted.text).toContain('不能删除案例类型“乡村振兴与共同富裕类”：仍有 1 个案例、1 个征集评选活动使用它')

    const unpublished = await rest('PATCH', `/case-types/${type!.id}`, { token, body: { _status: 'draft' } })
    expect(unpublished.status).toBe(400)
    expect(unpublished.body.errors[0].data.errors[0]).toMatchObject({ path: 'label', message: expect.stringContaining('不能撤回发布案例类型') })

    // 机关党建类: the bundled cases and campaigns.
    const [party] = (await payload.find({ collection: 'case-types', where: { value: { equals: 'jiguan-dangjian' } }, depth: 0 })).docs
    const refused = await rest('DELETE', `/case-types/${party!.id}`, { token })
    expect(refused.text).toMatch(/仍有 \d+ 个案例、\d+ 个征集评选活动使用它/)
    expect((await payload.count({ collection: 'case-types' })).totalDocs).toBe(defaultVocabulary.caseTypes.length + 1)

    const unused = await rest('POST', '/party-fields', { token, body: { label: '临时领域', _status: 'published' } })
    expect((await rest('DELETE', `/party-fields/${unused.body.doc.id}`, { token })).status).toBe(200)
  })

  it('ranks award tiers by their order, which the list reorders one move at a time', async () => {
    const tiers = (await payload.find({ collection: 'award-tiers', sort: '_order', depth: 0, limit: 0 })).docs
    const first = tiers.find((t) => t.value === 'first')!
    const third = tiers.find((t) => t.value === 'third')!
    // What dragging 三等奖 above 一等奖 in the admin's list sends.
    const moved = await rest('POST', '/reorder', {
      token,
      body: {
        collectionSlug: 'award-tiers',
        docsToMove: [third.id],
        newKeyWillBe: 'less',
        orderableFieldName: '_order',
        target: { id: first.id, key: first._order },
      },
    })
    expect(moved.status, moved.text).toBe(200)
    const ranks = (await vocabulary()).awardTiers.map((t) => t.value)
    expect(ranks.slice(0, 3)).toEqual(['third', 'first', 'second'])
    expect(new Set((await payload.find({ collection: 'award-tiers', depth: 0, limit: 0 })).docs.map((t) => t._order)).size).toBe(tiers.length)
  })
})
