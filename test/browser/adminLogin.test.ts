/**
 * The real admin (npm start's production build) in Chromium: an editor logs
 * in through the login form (a refused try's toast does not outlive the
 * login) and reaches the case list, the published site is served beside it,
 * and the desk shows the build a fresh clone's `npm start` made. Also shows how
 * test/helpers/admin.ts is used.
 */
import { describe, expect, it } from 'vitest'

import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

describe.skipIf(!browserTestsRun)('the admin in a browser', () => {
  const admin = useAdmin({ seed: true, fresh: true })

  it('lets an editor log in and open the case list, beside the running public site', async () => {
    const editor = await admin.createUser('editor')
    const page = await admin.newPage()
    // A mistyped password first: its toast must be gone once the right one gets in.
    await admin.open(page, '/admin/login')
    await page.locator('#field-email').fill(editor.email)
    await page.locator('#field-password').fill(`${editor.password}x`)
    await page.locator('form button[type="submit"]').click()
    const toasts = page.locator('.payload-toast-container')
    await expect.poll(() => toasts.innerText(), { timeout: 15_000 }).not.toBe('')
    const refused = await toasts.innerText()
    // The pointer rests on the toast, which holds it open (it would close by itself after 4 s);
    // the right password goes in from the keyboard.
    await page.locator('[data-sonner-toast]').first().hover()
    await page.locator('#field-password').fill(editor.password)
    await page.locator('#field-password').press('Enter')
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
    // Dismissed toasts stay in the page a moment for their exit animation (sonner marks them data-removed).
    const shown = () => page.locator('[data-sonner-toast]:not([data-removed="true"])').allInnerTexts()
    await expect.poll(async () => (await shown()).join('\n'), { timeout: 15_000 }).not.toContain(refused)

    // The desk, right after start: the site build npm start ran, with its time and links.
    const status = page.locator('[data-build-status]')
    await expect.poll(() => status.getAttribute('data-build-status'), { timeout: 30_000 }).toBe('succeeded')
    const buildCard = status.locator('xpath=ancestor::div[1]')
    expect(await buildCard.innerText()).toMatch(/状态：成功，最近一次于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    expect(await buildCard.getByRole('link', { name: '构建详情与日志' }).count()).toBe(1)
    await screenshot(page, 'admin-desk-after-start')

    await admin.open(page, '/admin/collections/cases')
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 20_000 }).toBe('案例')
    expect(await page.locator('.table tbody tr').count()).toBeGreaterThan(0)
    await screenshot(page, 'admin-case-list')

    const home = await fetch(`${admin.siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html')
    expect(admin.problems).toEqual([])
  })
})
