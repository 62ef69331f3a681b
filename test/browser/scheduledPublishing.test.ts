/**
 * Scheduled publishing on the embedded default: `npm start` (the real admin,
 * its job queue and the local site rebuild) on a test database. A 公示 is
 * scheduled for the next minute in the admin's 预约发布 drawer, and appears on the running site with its computed period, with nobody
 * pressing a button; a case scheduled in the same minute to be unpublished leaves the site. The
 * admin's 公示 screen and the public pages are screenshotted at 360 px and
 * desktop width.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { campaignUrl, caseUrl, publicityUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'
import type { DocumentId } from '../../cms/domain/documentId'

const campaignSlug = 'fujian-jizhihuo-2020'

/**
 * Schedules through the admin's own 预约发布 drawer (beside the publish
 * button): the type, then the first minute the time list still offers today
 * that leaves time to save it and see it listed before it is due.
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
  // The first pick sets the day (today); only then does the list disable the minutes already past.
  const pick = async (item: ReturnType<Page['locator']>) => {
    await input.click()
    await item.waitFor({ state: 'visible' })
    const text = (await item.innerText()).trim()
    await item.click()
    await expect.poll(() => input.inputValue(), { timeout: 5_000 }).not.toBe('')
    return text
  }
  await pick(page.locator('.react-datepicker__time-list-item').first())
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const moment = (hhmm: string) => new Date(`${today}T${hhmm}:00+08:00`)
  const offered = page.locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
  await input.click()
  await offered.first().waitFor({ state: 'visible' })
  // A minute due in a few seconds would run (and leave the upcoming list) before the list shows it.
  const item = offered.nth(moment((await offered.first().innerText()).trim()).getTime() - Date.now() < 25_000 ? 1 : 0)
  const hhmm = (await item.innerText()).trim()
  await item.click()
  await expect.poll(() => input.inputValue(), { timeout: 5_000 }).not.toBe('')
  await drawer.getByRole('button', { name: '保存', exact: true }).click()
  await expect.poll(() => drawer.locator('.schedule-publish__upcoming tbody tr').count(), { timeout: 15_000 }).toBe(before + 1)
  return moment(hhmm)
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

describe.skipIf(!browserTestsRun)('scheduled publishing on npm start', () => {
  const admin = useAdmin({ seed: true, rebuildDebounceMs: 300 })

  // Both schedules in one test: each waits for a minute boundary the drawer offers, and they share that wait.
  it(
    'publishes a scheduled 公示 with its working-day period, and takes a case off at its scheduled unpublish time, without a button press',
    { timeout: 600_000 },
    async () => {
      const payload = await admin.payload()
      const editor = await admin.createUser('editor')
      const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: campaignSlug } } })).docs[0]!
      const unit = (await payload.find({ collection: 'units', limit: 1, sort: 'id' })).docs[0]!
      // A published case no other published page refers to (a feature, or another case's 同一做法), so withdrawing it breaks nothing.
      const published = (await payload.find({ collection: 'cases', where: { _status: { equals: 'published' } }, sort: 'id', pagination: false })).docs
      const referred = new Set<DocumentId>()
      for (const c of published) for (const other of c.sameInitiativeAs ?? []) referred.add(typeof other === 'object' ? other.id : other)
      for (const f of (await payload.find({ collection: 'features', pagination: false })).docs)
        for (const e of f.entries ?? []) referred.add(typeof e.case === 'object' ? e.case.id : e.case)
      const kase = published.find((c) => !referred.has(c.id))!
      const caseOnSite = `${admin.siteUrl}${caseUrl(kase)}`
      expect((await fetch(caseOnSite)).status).toBe(200)
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
      await page.goto(admin.url(`/admin/collections/publicity-notices/${notice.id}`))
      await expect.poll(() => page.locator('#field-holidayData').inputValue(), { timeout: 30_000 }).toMatch(/^chinese-days/)
      await screenshot(page, 'admin-publicity-notice')
      await page.setViewportSize({ width: 360, height: 800 })
      await screenshot(page, 'admin-publicity-notice-360')
      await page.setViewportSize({ width: 1280, height: 900 })

      const noticeAt = await scheduleInAdmin(page, '发布')
      await screenshot(page, 'admin-schedule-drawer')
      // The case in a tab of its own (the browser holds the login).
      const casePage = await admin.newPage()
      await casePage.goto(admin.url(`/admin/collections/cases/${kase.id}`))
      const caseAt = await scheduleInAdmin(casePage, '取消发布')
      for (const at of [noticeAt, caseAt]) expect(at.getTime() - Date.now()).toBeLessThan(90_000)

      const live = await waitForStatus(url, 200)
      console.log(`Scheduled 公示: live ${((live.getTime() - noticeAt.getTime()) / 1000).toFixed(1)} s after its scheduled moment`)
      // Wait for the rebuild the later job starts, then ask once: a request during the swap of the served folder can
      // hit a file that vanishes between lookup and read (see the report on site/server/serveSite.ts).
      const build = await admin.siteBuildAfter(new Date(Math.max(noticeAt.getTime(), caseAt.getTime())), { startWithin: 90_000 })
      expect(build.status).toBe('succeeded')
      expect((await fetch(caseOnSite)).status).toBe(404)
      console.log(`Scheduled unpublish: gone ${((Date.now() - caseAt.getTime()) / 1000).toFixed(1)} s after its scheduled moment`)
      expect((await payload.findByID({ collection: 'cases', id: kase.id, draft: false }))._status).toBe('draft')
      // The rebuilds were the jobs' (one build may take both): the admin names what started each.
      const started = admin.output.filter((line) => line.includes('Site rebuild started'))
      expect(started.some((line) => line.includes('公示'))).toBe(true)
      expect(started.some((line) => line.includes('取消发布'))).toBe(true)

      const html = await (await fetch(url)).text()
      expect(html).toContain('2025年9月29日</time>至<time>2025年10月11日')
      expect(html).toContain('拟评一等奖的测试案例')
      expect(html).toContain('0591-8780-0000')
      expect(html).not.toContain('CANARY-5E2B')

      const reader = await admin.newPage()
      await shoot(reader, url, 'site-publicity')
      await shoot(reader, `${admin.siteUrl}${campaignUrl(campaignSlug)}`, 'site-campaign')
      expect(admin.problems).toEqual([])
    },
  )
})
