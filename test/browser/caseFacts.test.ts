/**
 * An editor records a case's facts in the real admin (案例要素 tab): a wrong
 * end date is marked on its field in Chinese; once fixed and published, the
 * facts panel shows them on the rebuilt case page, readable at 360 px.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { caseUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

/**
 * Clicks 发布 until the admin sends the save, as an editor clicks again when nothing happens: on a busy
 * machine a click can land while the form is still taking in an as-you-type answer, and is then dropped.
 */
async function publishOnce(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const saved = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/cases/'), { timeout: 10_000 })
    await page.locator('#action-save').click()
    if (
      await saved.then(
        () => true,
        () => attempt === 3,
      )
    )
      return
  }
}

describe.skipIf(!browserTestsRun)('case facts in the admin', () => {
  const admin = useAdmin({ seed: true })

  it('adds 实施时间 and a figure to a published case, and they show on its page after publishing', async () => {
    const local = await admin.payload()
    const kase = (await local.find({ collection: 'cases', where: { slug: { equals: 'goujian-jiceng-zhili-xin-geju' } }, depth: 0 })).docs[0]!
    expect(kase.figures ?? []).toEqual([])
    const page = await admin.newPage()
    await admin.login(page, await admin.createUser('editor'))
    await page.goto(admin.url(`/admin/collections/cases/${kase.id}`))
    await page.locator('#action-save').waitFor()
    await page.locator('.tabs-field__tab-button', { hasText: '案例要素' }).click()

    await page.locator('#field-implementation__start__year').fill('2021')
    await page.locator('#field-implementation__end__year').fill('2019')
    const figures = page.locator('#field-figures')
    await figures.locator('.array-field__add-row').click()
    await page.locator('#field-figures__0__label').fill('社区“大党委”')
    await page.locator('#field-figures__0__value').fill('36')
    await page.locator('#field-figures__0__unit').fill('个')
    await page.locator('#field-figures__0__asOf__year').fill('2024')

    // An end before the start is marked on the end's year, in Chinese. The admin re-validates on the
    // server as one types; an answer still in flight would replace the save's marks, so save after it.
    await page.waitForLoadState('networkidle')
    await publishOnce(page)
    const endError = page.locator('#field-implementation__end__year').locator('xpath=ancestor::*[contains(@class,"field-type")][1]').locator('.field-error')
    await expect.poll(() => endError.textContent(), { timeout: 15_000 }).toContain('结束时间早于开始时间')
    // It stays once the admin's later as-you-type answers are in.
    await page.waitForLoadState('networkidle')
    expect(await endError.textContent()).toContain('结束时间早于开始时间')
    await endError.scrollIntoViewIfNeeded()
    await screenshot(page, 'case-facts-end-before-start')
    expect((await local.findByID({ collection: 'cases', id: kase.id, depth: 0 })).figures ?? []).toEqual([])

    // Fixed: the practice still runs.
    await page.locator('#field-implementation__end__year').fill('')
    await page.locator('#field-implementation__ongoing').check()
    const since = new Date()
    await publishOnce(page)
    await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toMatch(/成功|已/)
    await screenshot(page, 'case-facts-admin-published')
    expect(await admin.siteBuildAfter(since)).toMatchObject({ status: 'succeeded' })

    const reader = await admin.newPage()
    await reader.setViewportSize({ width: 360, height: 800 })
    await reader.goto(`${admin.siteUrl}${caseUrl(kase)}`)
    const panel = reader.locator('section.facts')
    await expect.poll(() => panel.innerText()).toContain('社区“大党委” 36 个（截至 2024 年）')
    expect(await panel.innerText()).toContain('2021年起，持续运行')
    // Nothing sticks out sideways on a phone.
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await panel.scrollIntoViewIfNeeded()
    await screenshot(reader, 'case-facts-page-360')
  }, 240_000)
})
