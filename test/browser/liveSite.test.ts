/**
 * The site `npm start` serves follows what editors do in the real admin, on one
 * seeded admin (each part picks a case no part before it has touched):
 * - 取消发布 takes a case off the running site, as publishing puts one on: the
 *   page answers 404 and the case is gone from the sitemap, the search, the feed
 *   and the open data; on a seeded case (published once, when loaded) and on an
 *   imported one (a draft the editor published in the admin);
 * - scheduled publishing (the admin's job queue): a 公示 scheduled for the next
 *   minute in the 预约发布 drawer appears with its computed period, with nobody
 *   pressing a button; a case scheduled to be unpublished leaves the site. The
 *   admin's 公示 screen and the public pages are screenshotted at 360 px and
 *   desktop width;
 * - an editor sets up a campaign's own case type without a programmer: creates
 *   乡村振兴类 in the admin's 词表, picks it for a case in the case's own form,
 *   and after the rebuild the site has its category page, its search facet and
 *   its rows in open data. Renaming it keeps every URL; moving its URL key
 *   leaves the old address redirecting.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { DocumentId } from '../../cms/domain/documentId'
import { campaignUrl, caseUrl, casesCsvUrl, casesJsonUrl, categoryUrl, publicityUrl, rssUrl, searchUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'
import { fillAndSettle, formsReady } from '../helpers/pageSettled'

type Kase = { id: DocumentId; title: string; slug: string }

const campaignSlug = 'fujian-jizhihuo-2020'

/**
 * Schedules through the admin's own 预约发布 drawer (beside the publish
 * button): the type, then the first minute the time list still offers today.
 * Returns the scheduled moment.
 */
async function scheduleInAdmin(page: Page, type: '发布' | '取消发布'): Promise<Date> {
  // In the last minutes of a Beijing day the list may offer no minute left today, and the day can turn
  // between the pick and the check: start on the new day instead.
  const [hour = 0, minute = 0] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date())
    .split(':')
    .map(Number)
  const untilMidnight = ((24 - hour) * 60 - minute) * 60_000
  if (untilMidnight <= 4 * 60_000) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 30_000))
  await page.locator('.doc-controls .popup-button').first().click()
  await page.getByText('预约发布', { exact: true }).click()
  const drawer = page.locator('.schedule-publish')
  await drawer.getByText(type, { exact: true }).first().click()
  const before = await drawer.locator('.schedule-publish__upcoming tbody tr').count()
  const input = drawer.locator('.react-datepicker__input-container input')
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const atMinute = (hhmm: string) => new Date(`${today}T${hhmm}:00+08:00`)
  // The minutes the list offers: all of them before a day is set; once today is (by the first pick, or
  // kept from an earlier pick in this drawer), only those not past.
  const offered = page.locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled):not([aria-disabled="true"])')
  const pick = async (choose: (minutes: string[]) => number) => {
    await input.click()
    await offered.first().waitFor({ state: 'visible' })
    const minutes = (await offered.allInnerTexts()).map((t) => t.trim())
    const minute = minutes[choose(minutes)]!
    // By its text: the list re-renders as minutes pass.
    await offered.filter({ hasText: new RegExp(`^${minute}$`) }).click()
    await expect.poll(() => input.inputValue(), { timeout: 5_000 }).not.toBe('')
    return minute
  }
  await pick(() => 0)
  // The first minute still 30 s ahead: on a loaded machine the next one can pass before the drawer has saved.
  const hhmm = await pick((minutes) =>
    Math.max(
      0,
      minutes.findIndex((m) => atMinute(m).getTime() - Date.now() >= 30_000),
    ),
  )
  await drawer.getByRole('button', { name: '保存', exact: true }).click()
  await expect.poll(() => drawer.locator('.schedule-publish__upcoming tbody tr').count(), { timeout: 15_000 }).toBe(before + 1)
  return atMinute(hhmm)
}

/** Polls the public site until `path` answers `status`; returns when it did. */
async function waitForStatus(url: string, status: number, within = 180_000): Promise<Date> {
  const deadline = Date.now() + within
  for (;;) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.status === status) return new Date()
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within ${within / 1000} s (last: ${response?.status})`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function shoot(page: Page, url: string, name: string) {
  for (const [label, width] of [
    ['360', 360],
    ['desktop', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(url)
    await screenshot(page, `${name}-${label}`)
  }
}

describe.skipIf(!browserTestsRun)('the running site after editors act in the admin', () => {
  const admin = useAdmin({ seed: true, rebuildDebounceMs: 300 })

  describe('withdrawing a case in the admin', () => {
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
      await admin.open(page, `/admin/collections/cases/${kase.id}`)
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
      await admin.open(page, '/admin/globals/site-build')
      await screenshot(page, `withdraw-${label}-site-build`)
    }

    it('takes a seeded case off the site', async () => {
      const local = await admin.payload()
      const shown = new Set(
        (await local.find({ collection: 'features', depth: 0, limit: 0, pagination: false })).docs.flatMap((f) =>
          (f.entries ?? []).map((e) => e.case as DocumentId),
        ),
      )
      const published = await local.find({
        collection: 'cases',
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'id',
      })
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
      await admin.open(page, `/admin/collections/cases/${draft.id}`)
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

  describe('scheduled publishing on npm start', () => {
    it('publishes a scheduled 公示 on the running site, with its working-day period, without a button press', { timeout: 600_000 }, async () => {
      const payload = await admin.payload()
      const editor = await admin.createUser('editor')
      const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: campaignSlug } } })).docs[0]!
      const unit = (await payload.find({ collection: 'units', limit: 1, sort: 'id' })).docs[0]!
      await payload.create({
        collection: 'cases',
        data: {
          title: '拟评一等奖的测试案例',
          kind: 'case',
          campaign: campaign.id,
          unit: unit.id,
          awardTier: 'first',
          contactPerson: 'CANARY-5E2B-PERSON',
          _status: 'draft',
        },
        draft: true,
      })
      const notice = await payload.create({
        collection: 'publicity-notices',
        data: {
          title: '关于拟表彰名单的公示（定时发布测试）',
          campaign: campaign.id,
          listKind: 'commend',
          issuer: '中共福建省委省直机关工委',
          periodStart: '2025-09-29T12:00:00.000Z',
          workingDays: 5,
          objectionChannel: { office: '省直机关工委办公室', phone: '0591-8780-0000' },
          _status: 'draft',
        },
        draft: true,
      })
      const url = `${admin.siteUrl}${publicityUrl(notice.slug!)}`
      expect((await fetch(url)).status).toBe(404)

      const page = await admin.newPage()
      await admin.login(page, editor)
      await admin.open(page, `/admin/collections/publicity-notices/${notice.id}`)
      await expect.poll(() => page.locator('#field-holidayData').inputValue(), { timeout: 30_000 }).toMatch(/^chinese-days/)
      await screenshot(page, 'admin-publicity-notice')
      await page.setViewportSize({ width: 360, height: 800 })
      await screenshot(page, 'admin-publicity-notice-360')
      await page.setViewportSize({ width: 1280, height: 900 })

      const at = await scheduleInAdmin(page, '发布')
      await screenshot(page, 'admin-schedule-drawer')
      expect(at.getTime() - Date.now()).toBeLessThan(100_000)

      const live = await waitForStatus(url, 200)
      const latency = (live.getTime() - at.getTime()) / 1000
      console.log(`Scheduled 公示: live ${latency.toFixed(1)} s after its scheduled moment`)
      const html = await (await fetch(url)).text()
      expect(html).toContain('2025年9月29日</time>至<time>2025年10月11日')
      expect(html).toContain('拟评一等奖的测试案例')
      expect(html).toContain('0591-8780-0000')
      expect(html).not.toContain('CANARY-5E2B')
      const status = await admin.siteBuild()
      expect(status.trigger).toContain('公示')

      const reader = await admin.newPage()
      await shoot(reader, url, 'site-publicity')
      await shoot(reader, `${admin.siteUrl}${campaignUrl(campaignSlug)}`, 'site-campaign')
      expect(admin.problems).toEqual([])
    })

    it('takes a case off the site at its scheduled unpublish time', { timeout: 600_000 }, async () => {
      const payload = await admin.payload()
      // One no other published page refers to (a feature, or another case's 同一做法), so withdrawing it breaks nothing.
      const published = (await payload.find({ collection: 'cases', where: { _status: { equals: 'published' } }, sort: 'id', pagination: false })).docs
      const referred = new Set<DocumentId>()
      for (const c of published) for (const other of c.sameInitiativeAs ?? []) referred.add(typeof other === 'object' ? other.id : other)
      for (const f of (await payload.find({ collection: 'features', pagination: false })).docs)
        for (const e of f.entries ?? []) referred.add(typeof e.case === 'object' ? e.case.id : e.case)
      const kase = published.find((c) => !referred.has(c.id))!
      const url = `${admin.siteUrl}${caseUrl(kase)}`
      expect((await fetch(url)).status).toBe(200)
      // Still logged in from the first test (one browser per file).
      const page = await admin.newPage()
      await admin.open(page, `/admin/collections/cases/${kase.id}`)
      const at = await scheduleInAdmin(page, '取消发布')
      // Wait for the rebuild the job starts, then ask once: a request during the swap of the served folder can
      // hit a file that vanishes between lookup and read (see the report on site/server/serveSite.ts).
      const build = await admin.siteBuildAfter(at, { startWithin: 90_000 })
      expect(build.status).toBe('succeeded')
      expect(build.trigger).toContain('取消发布')
      expect((await fetch(url)).status).toBe(404)
      const gone = new Date()
      console.log(`Scheduled unpublish: gone ${((gone.getTime() - at.getTime()) / 1000).toFixed(1)} s after its scheduled moment`)
      expect((await payload.findByID({ collection: 'cases', id: kase.id, draft: false }))._status).toBe('draft')
    })
  })

  describe('an editor adds a case type', () => {
    const get = (pathname: string) => fetch(`${admin.siteUrl}${pathname}`)
    // One editor for all steps: the admin locks a document its editor has open, and an editor does not lock herself out.
    let editor: Awaited<ReturnType<typeof admin.createUser>> | undefined
    const login = async (page: Page) => admin.login(page, (editor ??= await admin.createUser('editor')))
    // A publish queues a rebuild behind any still running on a busy machine.
    const rebuilt = (since: Date) => admin.siteBuildAfter(since, { startWithin: 180_000 })

    /** Clicks 发布 (or 保存) on the open document and waits for the admin's answer. */
    async function publish(page: Page) {
      // Once the form has taken in what was typed (its as-you-type answer), as an editor clicks after typing.
      await formsReady(page)
      await page.locator('#action-save').click()
      await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 20_000 }).toMatch(/成功|已/)
    }

    it('creates it in the admin, uses it in a campaign and a case, and the rebuilt site shows it', async () => {
      const page = await admin.newPage()
      await login(page)

      await admin.open(page, '/admin/collections/case-types/create')
      await page.locator('#field-label').fill('乡村振兴类')
      await page.locator('#field-description').fill('党建引领乡村振兴、壮大村级集体经济的做法。')
      await screenshot(page, 'vocabulary-case-type-create')
      const typePublished = new Date()
      await publish(page)
      await expect.poll(() => page.locator('#field-slug').inputValue(), { timeout: 15_000 }).toBe('xiangcun-zhenxing-lei')
      await screenshot(page, 'vocabulary-case-type-created')

      const local = await admin.payload()
      const [type] = (await local.find({ collection: 'case-types', where: { label: { equals: '乡村振兴类' } }, depth: 0 })).docs
      expect(type).toMatchObject({ value: 'xiangcun-zhenxing-lei', kind: 'case', _status: 'published' })
      // Publishing the type rebuilds the site too: let that build end, so the one awaited below is the case's.
      expect(await rebuilt(typePublished)).toMatchObject({ status: 'succeeded' })

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
      await admin.open(page, `/admin/collections/cases/${kase.id}`)
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

      /** Sets one field of the type in its form, publishes, and waits for the rebuild that starts. */
      const edit = async (field: string, value: string) => {
        const since = new Date()
        await admin.open(page, `/admin/collections/case-types/${type!.id}`)
        await fillAndSettle(page, page.locator(`#field-${field}`), value)
        await publish(page)
        expect(await rebuilt(since)).toMatchObject({ status: 'succeeded' })
      }
      await edit('label', '乡村振兴与共同富裕类')
      const renamed = await get(categoryUrl('xiangcun-zhenxing-lei'))
      expect(renamed.status).toBe(200)
      expect(await renamed.text()).toContain('乡村振兴与共同富裕类')

      await edit('slug', 'xiangcun-fuyu')
      await screenshot(page, 'vocabulary-case-type-key-changed')
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
      await admin.open(page, `/admin/collections/case-types/${type!.id}`)
      await page.locator('#action-save').waitFor()
      await page.locator('.doc-controls__dots').click()
      await page.locator('#action-delete').click()
      await page.locator('#confirm-action').click()
      await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toContain('仍有 1 个案例、1 个征集评选活动使用它')
      await screenshot(page, 'vocabulary-delete-refused')
      expect((await local.count({ collection: 'case-types', where: { id: { equals: type!.id } } })).totalDocs).toBe(1)
    }, 120_000)
  })
})
