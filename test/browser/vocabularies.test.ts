/**
 * An editor sets up a campaign's own case type without a programmer: creates
 * 乡村振兴类 in the admin's 词表, picks it for a case in the case's own form,
 * and after the rebuild the site has its category page, its search facet and
 * its rows in open data. Renaming it keeps every URL; moving its URL key
 * leaves the old address redirecting.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { caseUrl, casesJsonUrl, categoryUrl, searchUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

describe.skipIf(!browserTestsRun)('an editor adds a case type', () => {
  const admin = useAdmin({ seed: true })
  const get = (pathname: string) => fetch(`${admin.siteUrl}${pathname}`)
  // One editor for all steps: the admin locks a document its editor has open, and an editor does not lock herself out.
  let editor: Awaited<ReturnType<typeof admin.createUser>> | undefined
  const login = async (page: Page) => admin.login(page, (editor ??= await admin.createUser('editor')))
  // A publish queues a rebuild behind any still running on a busy machine.
  const rebuilt = (since: Date) => admin.siteBuildAfter(since, { startWithin: 180_000 })

  /** Clicks 发布 (or 保存) on the open document and waits for the admin's answer. */
  async function publish(page: Page) {
    await page.locator('#action-save').click()
    await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 20_000 }).toMatch(/成功|已/)
  }

  it('creates it in the admin, uses it in a campaign and a case, and the rebuilt site shows it', async () => {
    const page = await admin.newPage()
    await login(page)

    await page.goto(admin.url('/admin/collections/case-types/create'))
    await page.locator('#field-label').fill('乡村振兴类')
    await page.locator('#field-description').fill('党建引领乡村振兴、壮大村级集体经济的做法。')
    await screenshot(page, 'vocabulary-case-type-create')
    await publish(page)
    await expect.poll(() => page.locator('#field-slug').inputValue(), { timeout: 15_000 }).toBe('xiangcun-zhenxing-lei')
    await screenshot(page, 'vocabulary-case-type-created')

    const local = await admin.payload()
    const [type] = (await local.find({ collection: 'case-types', where: { label: { equals: '乡村振兴类' } }, depth: 0 })).docs
    expect(type).toMatchObject({ value: 'xiangcun-zhenxing-lei', kind: 'case', _status: 'published' })

    // The campaign accepts it beside 机关党建类 (its 类型与标准 tab); set here, the admin's array editing is not what this test is about.
    const campaign = (await local.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } }, depth: 0 })).docs[0]!
    await local.update({
      collection: 'campaigns',
      id: campaign.id,
      data: {
        caseTypes: [
          ...(campaign.caseTypes ?? []).map(({ type: t, focusAreas }) => ({ type: t, focusAreas })),
          { type: 'jiguan-dangjian' },
          { type: 'xiangcun-zhenxing-lei' },
        ],
      },
      context: { skipRebuild: true },
    })
    const kase = (
      await local.find({ collection: 'cases', where: { campaign: { equals: campaign.id }, _status: { equals: 'published' } }, sort: 'sequence', depth: 0 })
    ).docs[0]!

    // The case's own form: the picker offers the campaign's types, the new one among them.
    const since = new Date()
    await page.goto(admin.url(`/admin/collections/cases/${kase.id}`))
    await page.locator('#field-caseType .rs__control').click()
    await expect.poll(() => page.locator('.rs__menu .rs__option').allInnerTexts(), { timeout: 15_000 }).toContain('乡村振兴类')
    await screenshot(page, 'vocabulary-case-type-picker')
    await page.locator('.rs__option', { hasText: '乡村振兴类' }).click()
    await publish(page)
    expect(await rebuilt(since)).toMatchObject({ status: 'succeeded' })

    const category = await get(categoryUrl('xiangcun-zhenxing-lei'))
    expect(category.status).toBe(200)
    const html = await category.text()
    expect(html).toContain('乡村振兴类')
    expect(html).toContain(kase.title)
    expect(await (await get(caseUrl(kase))).text()).toContain(`href="${categoryUrl('xiangcun-zhenxing-lei')}"`)
    const openData = (await (await get(casesJsonUrl())).json()) as { cases: { slug: string; caseType: string }[] }
    expect(openData.cases.find((c) => c.slug === kase.slug)?.caseType).toBe('乡村振兴类')

    // The search page offers it as a facet value, and filtering by it finds the case.
    const search = await admin.newPage()
    await search.goto(`${admin.siteUrl}${searchUrl()}`)
    const facet = search.getByRole('group', { name: '案例类型' }).getByRole('checkbox', { name: /^乡村振兴类/ })
    // The search script is ready once it has listed everything.
    await expect.poll(() => search.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/^共 \d+ 条/)
    await facet.check()
    await expect.poll(() => search.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/^(共|找到) 1 条/)
    expect(await search.locator('.search-list h3 a').allInnerTexts()).toEqual([kase.title])
    await screenshot(search, 'vocabulary-search-facet')
    await page.goto(`${admin.siteUrl}${categoryUrl('xiangcun-zhenxing-lei')}`)
    await screenshot(page, 'vocabulary-category-page')
    await page.close()
  }, 300_000)

  it('keeps the URLs when the label changes, and redirects the old URL key when the key changes', async () => {
    const page = await admin.newPage()
    await login(page)
    const local = await admin.payload()
    const [type] = (await local.find({ collection: 'case-types', where: { value: { equals: 'xiangcun-zhenxing-lei' } }, depth: 0 })).docs

    let since = new Date()
    await page.goto(admin.url(`/admin/collections/case-types/${type!.id}`))
    await page.locator('#field-label').fill('乡村振兴与共同富裕类')
    await publish(page)
    expect(await rebuilt(since)).toMatchObject({ status: 'succeeded' })
    const renamed = await get(categoryUrl('xiangcun-zhenxing-lei'))
    expect(renamed.status).toBe(200)
    expect(await renamed.text()).toContain('乡村振兴与共同富裕类')

    since = new Date()
    await page.goto(admin.url(`/admin/collections/case-types/${type!.id}`))
    await page.locator('#field-slug').fill('xiangcun-fuyu')
    await publish(page)
    await screenshot(page, 'vocabulary-case-type-key-changed')
    expect(await rebuilt(since)).toMatchObject({ status: 'succeeded' })
    expect((await get(categoryUrl('xiangcun-fuyu'))).status).toBe(200)
    const old = await (await get(categoryUrl('xiangcun-zhenxing-lei'))).text()
    expect(old).toContain(`url=${categoryUrl('xiangcun-fuyu')}`)
    // The data key stays: open data and cases still say the same term.
    expect((await local.findByID({ collection: 'case-types', id: type!.id, depth: 0 })).value).toBe('xiangcun-zhenxing-lei')
    await page.close()
  }, 420_000)

  it('refuses in the admin to delete a type in use, with the count', async () => {
    const page = await admin.newPage()
    await login(page)
    const local = await admin.payload()
    const [type] = (await local.find({ collection: 'case-types', where: { value: { equals: 'xiangcun-zhenxing-lei' } }, depth: 0 })).docs
    await page.goto(admin.url(`/admin/collections/case-types/${type!.id}`))
    await page.locator('#action-save').waitFor()
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-delete').click()
    await page.locator('#confirm-action').click()
    await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toContain('仍有 1 个案例、1 个征集评选活动使用它')
    await screenshot(page, 'vocabulary-delete-refused')
    expect((await local.count({ collection: 'case-types', where: { id: { equals: type!.id } } })).totalDocs).toBe(1)
  }, 120_000)
})
