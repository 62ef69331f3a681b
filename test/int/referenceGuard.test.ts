import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

describe('what published pages show cannot be pulled from under them', () => {
  let payload: Payload
  let token: string
  const bySlug = async (collection: 'campaigns' | 'brands' | 'units' | 'cases', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]!

  beforeAll(async () => {
    payload = await seededPayload()
    token = await login((await createEditor(payload)).email)
  })
  afterAll(() => closePayload(payload))

  it('refuses to unpublish a campaign that has published cases, in Chinese, and changes nothing', async () => {
    const campaign = await bySlug('campaigns', 'fuzhou-xinhuoshi-shijia-2024')
    const res = await rest('PATCH', `/campaigns/${campaign.id}`, { token, body: { _status: 'draft' } })
    expect(res.status).toBe(409)
    expect(res.text).toContain('不能撤回发布：仍有 10 个已发布的案例用到它')
    expect((await payload.findByID({ collection: 'campaigns', id: campaign.id }))._status).toBe('published')
  })

  it('refuses to delete a unit, a brand or a case that published pages use', async () => {
    const unit = await bySlug('units', 'fuzhou-shuiliju')
    const brand = await bySlug('brands', 'xingshui-limin')
    const kase = await bySlug('cases', 'jianli-wangge-jiceng-zhili-tixi')
    for (const [collection, id, used] of [
      ['units', unit.id, '案例'],
      ['brands', brand.id, '案例'],
      ['cases', kase.id, '专题'],
    ] as const) {
      const res = await rest('DELETE', `/${collection}/${id}`, { token })
      expect(res.status, collection).toBe(409)
      expect(res.text).toContain(`个已发布的${used}用到它`)
    }
    expect((await payload.count({ collection: 'units', where: { id: { equals: unit.id } } })).totalDocs).toBe(1)
  })

  it('still lets a draft be saved over a published case, and an unused brand be unpublished', async () => {
    const kase = await bySlug('cases', 'jianli-wangge-jiceng-zhili-tixi')
    const draft = await rest('PATCH', `/cases/${kase.id}?draft=true`, { token, body: { title: '修订中', _status: 'draft' } })
    expect(draft.status).toBe(200)
    const unused = await payload.create({
      collection: 'brands',
      data: { name: '未被引用的品牌', unit: (await bySlug('units', 'fuzhou-shuiliju')).id, _status: 'published' },
    })
    const res = await rest('PATCH', `/brands/${unused.id}`, { token, body: { _status: 'draft' } })
    expect(res.status).toBe(200)
  })
})
