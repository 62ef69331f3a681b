/**
 * The server's checks reach the editor where they look, in Chinese: in the
 * real admin, a section over its campaign's limit (on publishing and on
 * 保存草稿) and a feature whose case is still a draft are marked on their
 * fields with the server's message, and the toast says the same (never "The
 * following field is invalid").
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

/** n characters as a reviewer counts them. */
const text = (n: number) => '机关党建创新案例'.repeat(Math.ceil(n / 8)).slice(0, n)

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
    await page.goto(admin.url(`/admin/collections/cases/${id}`))
    const editor = page.locator('[data-field-path="sections.background"] [contenteditable="true"]')
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText(text(134))
    await expect.poll(() => page.locator('[data-word-count="background"]').innerText(), { timeout: 20_000 }).toContain('434 / 350')
    // The form re-validates on the server as one types; a save clicked while that answer is on its way
    // can have its field marks overwritten by it, so click once it is in, as an editor reading the counter does.
    await page.waitForLoadState('networkidle')
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
    await page.goto(admin.url(`/admin/collections/features/${feature.id}`))
    await page.locator('#action-save').click()

    const message = '入选案例“尚未发布的案例”尚未发布，请先发布它，再发布本文档。'
    await expect.poll(() => toasts(page), { timeout: 15_000 }).toContain(message)
    await expect.poll(() => fieldError(page, 'entries.1.case').textContent()).toBe(message)
    expect(await fieldError(page, 'entries.0.case').count()).toBe(0)
    await fieldError(page, 'entries.1.case').scrollIntoViewIfNeeded()
    await screenshot(page, 'field-error-feature-draft-entry')
    expect((await local.findByID({ collection: 'features', id: feature.id, depth: 0 }))._status).toBe('draft')
  })
})
