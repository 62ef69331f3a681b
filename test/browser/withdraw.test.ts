/**
 * 取消发布 in the real admin takes a case off the running public site, as
 * publishing puts one on: the page answers 404 and the case is gone from the
 * sitemap, the search, the feed and the open data. On a seeded case (published
 * once, when loaded) and on an imported one (a draft the editor published in
 * the admin), the two kinds an office withdraws.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { caseUrl, casesCsvUrl, casesJsonUrl, rssUrl, searchUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'
import type { DocumentId } from '../../cms/domain/documentId'

type Kase = { id: DocumentId; title: string; slug: string }

describe.skipIf(!browserTestsRun)('withdrawing a case in the admin', () => {
  const admin = useAdmin({ seed: true })
  const timings: Record<string, number> = {}

  const get = (pathname: string) => fetch(`${admin.siteUrl}${pathname}`)
  const sitemapUrls = async () => {
    const index = await (await get('/sitemap-index.xml')).text()
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    const urls: string[] = []
    for (const map of maps) urls.push(...[...(await (await get(map)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname))
    return urls
  }

  /** Where the public site shows a case: its page, the sitemap, the feed, the open data and the search page. */
  async function shownOnSite(page: Page, kase: Kase) {
    const url = caseUrl(kase)
    const search = `${admin.siteUrl}${searchUrl()}?q=${encodeURIComponent(kase.title)}`
    await page.goto(search)
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/找到|没有/)
    return {
      page: (await get(url)).status,
      sitemap: (await sitemapUrls()).includes(url),
      feed: (await (await get(rssUrl())).text()).includes(url),
      json: (await (await get(casesJsonUrl())).text()).includes(url),
      csv: (await (await get(casesCsvUrl())).text()).includes(url),
      search: (await page.locator('.search-list h3 a').allInnerTexts()).includes(kase.title),
    }
  }

  /** Opens the case and uses the menu beside the publish button, as an editor does. */
  async function withdraw(page: Page, kase: Kase) {
    await page.goto(admin.url(`/admin/collections/cases/${kase.id}`))
    await page.locator('#action-save').waitFor()
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-unpublish').click()
    await page.locator('#confirm-action').click()
    await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toContain('成功取消发布')
  }

  async function expectWithdrawn(page: Page, kase: Kase, label: string) {
    const since = new Date()
    await withdraw(page, kase)
    await screenshot(page, `withdraw-${label}-admin`)
    const build = await admin.siteBuildAfter(since)
    expect(build).toMatchObject({ status: 'succeeded' })
    expect(build.trigger).toContain(`取消发布案例「${kase.title}」`)
    timings[`withdraw ${label}`] = Date.now() - since.getTime()
    expect(await shownOnSite(page, kase)).toEqual({ page: 404, sitemap: false, feed: false, json: false, csv: false, search: false })
    await page.goto(admin.url('/admin/globals/site-build'))
    await screenshot(page, `withdraw-${label}-site-build`)
  }

  it('takes a seeded case off the site', async () => {
    const local = await admin.payload()
    const shown = new Set(
      (await local.find({ collection: 'features', depth: 0, limit: 0, pagination: false })).docs.flatMap((f) =>
        (f.entries ?? []).map((e) => e.case as DocumentId),
      ),
    )
    const published = await local.find({ collection: 'cases', where: { _status: { equals: 'published' } }, depth: 0, limit: 0, pagination: false, sort: 'id' })
    const kase = published.docs.find((c) => !shown.has(c.id)) as Kase
    const page = await admin.newPage()
    await admin.login(page, await admin.createUser('editor'))
    expect(await shownOnSite(page, kase)).toEqual({ page: 200, sitemap: true, feed: true, json: true, csv: true, search: true })

    await expectWithdrawn(page, kase, 'seeded')
  }, 180_000)

  it('takes an imported case off the site after it was published in the admin', async () => {
    const local = await admin.payload()
    const campaign = (await local.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } }, depth: 0 })).docs[0]!
    // A draft as the 汇总表 import leaves it (the importer's own tests cover the table).
    const unit = (await local.find({ collection: 'units', limit: 1, depth: 0 })).docs[0]!
    const draft = await local.create({
      collection: 'cases',
      data: { title: '从汇总表导入的案例', campaign: campaign.id, unit: unit.id, kind: 'case', abstract: '导入后在后台补写并发布的案例。' },
      draft: true,
      context: { importing: true },
    })
    const editor = await admin.createUser('editor')
    const page = await admin.newPage()
    await admin.login(page, editor)
    const since = new Date()
    await page.goto(admin.url(`/admin/collections/cases/${draft.id}`))
    await page.locator('#action-save').click()
    await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toMatch(/成功|已/)
    expect(await admin.siteBuildAfter(since)).toMatchObject({ status: 'succeeded' })
    timings['publish imported'] = Date.now() - since.getTime()
    const kase = (await local.findByID({ collection: 'cases', id: draft.id, depth: 0 })) as Kase
    expect(await shownOnSite(page, kase)).toMatchObject({ page: 200, sitemap: true, search: true })

    await expectWithdrawn(page, kase, 'imported')
    console.log(
      `Live-site times, click to finished rebuild: ${Object.entries(timings)
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
        .join('; ')}`,
    )
  }, 180_000)
})
