/**
 * A fresh installation in the real admin: the first-user screen offers no
 * role, refuses the password "123" with the policy's Chinese message, and
 * the account it makes is an admin that can manage users.
 */
import { describe, expect, it } from 'vitest'

import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

describe.skipIf(!browserTestsRun)('the first user', () => {
  const admin = useAdmin({ seed: false })

  it('is an admin, with no role to choose, and "123" is refused', async () => {
    const page = await admin.newPage()
    await page.goto(admin.url('/admin'))
    await page.waitForURL(/\/admin\/create-first-user/)
    expect(await page.locator('#field-role').count()).toBe(0)
    await page.locator('#field-email').fill('office@example.org')
    await page.locator('#field-password').fill('123')
    await page.locator('#field-confirm-password').fill('123')
    await page.locator('form button[type="submit"]').click()
    await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toContain('密码至少 10 位')
    await screenshot(page, 'first-user-weak-password')
    expect((await (await admin.payload()).count({ collection: 'users' })).totalDocs).toBe(0)

    // The second try on the same form, as a person would: only the passwords change.
    await page.locator('#field-password').fill('Office-Pass-2026')
    await page.locator('#field-confirm-password').fill('Office-Pass-2026')
    // The admin re-validates the form on the server as one types; submit once that answer is in.
    await page.waitForLoadState('networkidle')
    const local = await admin.payload()
    const users = async () => (await local.count({ collection: 'users' })).totalDocs
    // On a loaded machine the first click can land while that answer is still coming; a person clicks again.
    for (let attempt = 0; attempt < 3 && (await users()) === 0; attempt++) {
      await page.locator('form button[type="submit"]').click()
      await expect
        .poll(users, { timeout: 15_000 })
        .toBe(1)
        .catch(() => undefined)
    }
    expect(await users()).toBe(1)
    const [user] = (await local.find({ collection: 'users', limit: 1 })).docs
    expect(user).toMatchObject({ email: 'office@example.org', role: 'admin' })
    await admin.login(page, { email: 'office@example.org', password: 'Office-Pass-2026' })
    await page.goto(admin.url('/admin/collections/users/create'))
    await expect.poll(() => page.locator('#field-role').count(), { timeout: 15_000 }).toBe(1)
    await screenshot(page, 'first-user-admin-can-add-users')
  }, 180_000)
})
