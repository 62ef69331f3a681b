import type { Payload } from 'payload'

import type { Case } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, seededPayload } from '../helpers/payload'

describe('permanent slugs', () => {
  let payload: Payload
  let refs: { campaign: Case['campaign']; unit: Case['unit']; kind: Case['kind'] }

  beforeAll(async () => {
    payload = await seededPayload()
    refs = {
      campaign: (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!.id,
      unit: (await payload.find({ collection: 'units', limit: 1 })).docs[0]!.id,
      kind: 'case',
    }
  })
  afterAll(() => closePayload(payload))

  it('reads as pinyin words of the title', async () => {
    const doc = await payload.create({ collection: 'cases', data: { ...refs, title: '“坊巷讲习所”再探索' } })
    expect(doc.slug).toBe('fang-xiang-jiangxisuo-zai-tansuo')
  })

  it('stays the same when the title changes', async () => {
    const doc = await payload.create({ collection: 'cases', data: { ...refs, title: '网格治理新机制' } })
    const renamed = await payload.update({ collection: 'cases', id: doc.id, data: { title: '网格治理新机制（修订稿）' } })
    expect(renamed.slug).toBe(doc.slug)
    expect(renamed.slugHistory ?? []).toEqual([])
  })

  it('keeps the old slug in the history when an editor changes it', async () => {
    const doc = await payload.create({ collection: 'cases', data: { ...refs, title: '结对共建促业务' } })
    const changed = await payload.update({ collection: 'cases', id: doc.id, data: { slug: '结对共建' } })
    expect(changed.slug).toBe('jiedui-gongjian')
    expect(changed.slugHistory?.map((h) => h.slug)).toEqual([doc.slug])
    // Nobody else may take a slug that still redirects to this case.
    const other = await payload.create({ collection: 'cases', data: { ...refs, title: '结对共建促业务' } })
    expect(other.slug).not.toBe(doc.slug)
    expect(other.slug).toBe(`${doc.slug}-2`)
  })

  it('never gives two cases one slug, even when titles differ only in punctuation or width', async () => {
    const titles = ['党建+双拥 机制', '党建＋双拥机制', '“党建+双拥”机制', '党建 双拥 机制！']
    const slugs = []
    for (const title of titles) slugs.push((await payload.create({ collection: 'cases', data: { ...refs, title } })).slug)
    expect(new Set(slugs).size).toBe(titles.length)
    expect(slugs[0]).toBe('dangjian-shuangyong-jizhi')
  })
})
