/**
 * The server's checks reach the editor where they look, in Chinese: in the
 * real admin, a section over its campaign's limit (on publishing and on
 * 保存草稿) and a feature whose case is still a draft are marked on their
 * fields with the server's message, and the toast says the same (never "The
 * following field is invalid"). A case's facts (案例要素) too: a wrong end date
 * is marked on its field; once fixed and published, the facts panel shows them
 * on the rebuilt case page, readable at 360 px.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'
import { caseUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { fillAndSettle, formsReady, pageSettled } from '../helpers/pageSettled'
import { browserTestsRun, screenshot } from '../helpers/browser'

/** n characters as a reviewer counts them. */
const text = (n: number) => '机关党建创新案例'.repeat(Math.ceil(n / 8)).slice(0, n)

/**
 * Clicks 发布 until the admin sends the save, as an editor clicks again when nothing happens: on a busy
 * machine a click can land while the form is still taking in an as-you-type answer, and is then dropped.
 */
async function publishOnce(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await formsReady(page)
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

describe.skipIf(!browserTestsRun)('errors in the admin', () => {
  const admin = useAdmin({ seed: true })

  // Rich text marks its wrapper with the path; other fields carry it in their id.
  const fieldError = (page: Page, path: string) =>
    page.locator(`[data-field-path="${path}"] .field-error, #field-${path.replace(/\./g, '__')} .field-error`).first()
  const toasts = (page: Page) => page.locator('.payload-toast-container').innerText()

  const overLimitCase = async () => {
    const local = await admin.payload()
    // Seed 000's campaign: 背景描述 ≤ 350 字.
    const campaign = (await local.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2020' } }, depth: 0 })).docs[0]!
    const unit = (await local.find({ collection: 'units', limit: 1, depth: 0 })).docs[0]!
    return local.create({
      collection: 'cases',
      data: { title: '字数超限的案例', campaign: campaign.id, unit: unit.id, kind: 'case', sections: { background: plainTextToLexical(text(300)) } },
      draft: true,
    })
  }
  const message = '「背景描述」共 434 字，超过本活动规定的 350 字上限，请删减 84 字。'

  /** Opens the case, types 134 字 more into 背景描述 and waits until the form holds them (the counter shows 434). */
  const typeOverLimit = async (page: Page, id: number | string) => {
    await admin.open(page, `/admin/collections/cases/${id}`)
    const editor = page.locator('[data-field-path="sections.background"] [contenteditable="true"]')
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText(text(134))
    await expect.poll(() => page.locator('[data-word-count="background"]').innerText(), { timeout: 20_000 }).toContain('434 / 350')
    // The form re-validates on the server as one types; a save clicked while that answer is on its way
    // can have its field marks overwritten by it, so click once it is in, as an editor reading the counter does.
    await pageSettled(page)
  }

  for (const [button, name] of [
    ['#action-save', 'publishing'],
    ['#action-save-draft', 'saving a draft'],
  ] as const) {
    it(`marks a section over its limit with the Chinese message when ${name}, and keeps the saved text`, async () => {
      const local = await admin.payload()
      const kase = await overLimitCase()
      const page = await admin.newPage()
      await admin.login(page, await admin.createUser('editor'))
      await typeOverLimit(page, kase.id)
      await page.locator(button).click()

      await expect.poll(() => toasts(page), { timeout: 15_000 }).toContain(message)
      expect(await toasts(page)).not.toMatch(/invalid|following/i)
      // On the field itself: Payload's error mark above the section, and its red gutter.
      await expect.poll(() => fieldError(page, 'sections.background').textContent(), { timeout: 15_000 }).toBe(message)
      expect(await page.locator('[data-field-path="sections.background"]').getAttribute('class')).toContain('error')
      await page.locator('[data-field-path="sections.background"]').scrollIntoViewIfNeeded()
      await screenshot(page, `field-error-section-over-limit-${name.replace(/ /g, '-')}`)

      // Typing on keeps the mark, with the new count.
      await page.locator('[data-field-path="sections.background"] [contenteditable="true"]').click()
      await page.keyboard.press('Control+End')
      await page.keyboard.insertText('再加四字')
      await expect
        .poll(() => fieldError(page, 'sections.background').textContent(), { timeout: 15_000 })
        .toBe('「背景描述」共 438 字，超过本活动规定的 350 字上限，请删减 88 字。')

      const saved = await local.findByID({ collection: 'cases', id: kase.id, draft: true })
      expect(JSON.stringify(saved.sections?.background)).not.toContain(text(301))
      expect(saved._status).toBe('draft')
    })
  }

  it('marks the row of a feature whose case is a draft', async () => {
    const local = await admin.payload()
    const campaign = (await local.find({ collection: 'campaigns', limit: 1, depth: 0 })).docs[0]!
    const unit = (await local.find({ collection: 'units', limit: 1, depth: 0 })).docs[0]!
    const published = (await local.find({ collection: 'cases', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]!
    const draft = await local.create({
      collection: 'cases',
      data: { title: '尚未发布的案例', campaign: campaign.id, unit: unit.id, kind: 'case' },
      draft: true,
    })
    const feature = await local.create({
      collection: 'features',
      data: { headline: '含草稿案例的专题', entries: [{ case: published.id }, { case: draft.id }] },
      draft: true,
    })
    const page = await admin.newPage()
    await admin.login(page, await admin.createUser('editor'))
    await admin.open(page, `/admin/collections/features/${feature.id}`)
    await page.locator('#action-save').click()

    const message = '入选案例“尚未发布的案例”尚未发布，请先发布它，再发布本文档。'
    await expect.poll(() => toasts(page), { timeout: 15_000 }).toContain(message)
    await expect.poll(() => fieldError(page, 'entries.1.case').textContent()).toBe(message)
    expect(await fieldError(page, 'entries.0.case').count()).toBe(0)
    await fieldError(page, 'entries.1.case').scrollIntoViewIfNeeded()
    await screenshot(page, 'field-error-feature-draft-entry')
    expect((await local.findByID({ collection: 'features', id: feature.id, depth: 0 }))._status).toBe('draft')
  })

  it('adds 实施时间 and a figure to a published case, and they show on its page after publishing', async () => {
    const local = await admin.payload()
    const kase = (await local.find({ collection: 'cases', where: { slug: { equals: 'goujian-jiceng-zhili-xin-geju' } }, depth: 0 })).docs[0]!
    expect(kase.figures ?? []).toEqual([])
    const page = await admin.newPage()
    await admin.login(page, await admin.createUser('editor'))
    await admin.open(page, `/admin/collections/cases/${kase.id}`)
    await page.locator('#action-save').waitFor()
    await page.locator('.tabs-field__tab-button', { hasText: '案例要素' }).click()

    await page.locator('#field-implementation__start__year').fill('2021')
    await page.locator('#field-implementation__end__year').fill('2019')
    const figures = page.locator('#field-figures')
    await figures.locator('.array-field__add-row').click()
    await page.locator('#field-figures__0__label').fill('社区“大党委”')
    await page.locator('#field-figures__0__value').fill('36')
    await page.locator('#field-figures__0__unit').fill('个')
    // An end before the start is marked on the end's year, in Chinese. The admin re-validates on the
    // server as one types; an answer still in flight would replace the save's marks, so save after it.
    await fillAndSettle(page, page.locator('#field-figures__0__asOf__year'), '2024')
    await publishOnce(page)
    const endError = page.locator('#field-implementation__end__year').locator('xpath=ancestor::*[contains(@class,"field-type")][1]').locator('.field-error')
    await expect.poll(() => endError.textContent(), { timeout: 15_000 }).toContain('结束时间早于开始时间')
    // It stays once the admin's later as-you-type answers are in.
    await pageSettled(page)
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
