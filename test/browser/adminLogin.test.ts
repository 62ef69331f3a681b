/**
 * The real admin (npm start's production build) in Chromium: an editor logs
 * in through the login form and reaches the case list, and the published
 * site is served beside it. Also shows how test/helpers/admin.ts is used.
 */
import { describe, expect, it } from 'vitest'

import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

describe.skipIf(!browserTestsRun)('the admin in a browser', () => {
  const admin = useAdmin({ seed: true })

  it('lets an editor log in and open the case list, beside the running public site', async () => {
    const editor = await admin.createUser('editor')
    const page = await admin.newPage()
    await admin.login(page, editor)
    await page.goto(admin.url('/admin/collections/cases'))
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 20_000 }).toBe('案例')
    expect(await page.locator('.table tbody tr').count()).toBeGreaterThan(0)
    await screenshot(page, 'admin-case-list')

    const home = await fetch(`${admin.siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html')
    expect(admin.problems).toEqual([])
  })
})
