/**
 * An empty installation in the real admin in Chromium, as on the day a new
 * office starts. First its first user: the first-user screen offers no role,
 * refuses the password "123" with the policy's Chinese message, and the
 * account it makes is an admin that can manage users. Then the editor's
 * journey of issue 11, with the admin's own buttons only: a new, empty
 * campaign → its 汇总表 imported → a folder of Word write-ups uploaded →
 * awards set → the cases published → the 汇编 live on the public site. Each
 * step's time is printed (the closing note quotes them). Waits are on what the
 * editor would see, never on a clock. One admin for both: each start of one
 * costs the suite half a minute.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { huibianUrl } from '../../cms/domain/urls'
import { inQuotes } from '../../cms/domain/quotation'
import { useAdmin, type TestUser } from '../helpers/admin'
import { formsReady, submitUntil } from '../helpers/pageSettled'
import { browserTestsRun, screenshot, screenshotDir } from '../helpers/browser'
import { writeUpDocx } from '../helpers/writeUpDocx'
import { summaryCsv } from '../security/hostileFiles'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const campaignName = '2026年度全省机关党建创新案例征集评选（旅程测试）'
const entries = [
  { title: '“红色驿站”服务群众', unit: '旅程测试单位一', tier: '一等奖' },
  { title: '机关党建“双述双评”工作法', unit: '旅程测试单位二', tier: '二等奖' },
  { title: '“近邻党建”共治共享', unit: '旅程测试单位三', tier: '三等奖' },
  { title: '“马上就办”提升机关效能', unit: '旅程测试单位一', tier: '优秀案例' },
]

describe.skipIf(!browserTestsRun)('an empty installation', () => {
  const admin = useAdmin({ seed: false })

  describe('the first user', () => {
    it('is an admin, with no role to choose, and "123" is refused', async () => {
      const page = await admin.newPage()
      await admin.open(page, '/admin')
      await page.waitForURL(/\/admin\/create-first-user/)
      await formsReady(page)
      expect(await page.locator('#field-role').count()).toBe(0)
      await page.locator('#field-email').fill('office@example.org')
      await page.locator('#field-password').fill('123')
      await page.locator('#field-confirm-password').fill('123')
      const submit = page.locator('form button[type="submit"]')
      const toasts = async () => (await page.locator('.payload-toast-container').allInnerTexts()).join('\n')
      await submitUntil(page, submit, async () => (await toasts()).includes('密码至少 10 位'))
      // and on the field it concerns
      const passwordError = page.locator('.field-type.password:has(#field-password) .field-error').first()
      await expect.poll(() => passwordError.textContent(), { timeout: 10_000 }).toContain('密码至少 10 位')
      await screenshot(page, 'first-user-weak-password')
      expect((await (await admin.payload()).count({ collection: 'users' })).totalDocs).toBe(0)

      // The second try on the same form, as a person would: only the passwords change.
      await page.locator('#field-password').fill('Office-Pass-2026')
      await page.locator('#field-confirm-password').fill('Office-Pass-2026')
      const local = await admin.payload()
      const users = async () => (await local.count({ collection: 'users' })).totalDocs
      await submitUntil(page, submit, async () => (await users()) === 1)
      const [user] = (await local.find({ collection: 'users', limit: 1 })).docs
      expect(user).toMatchObject({ email: 'office@example.org', role: 'admin' })
      await admin.login(page, { email: 'office@example.org', password: 'Office-Pass-2026' })
      await admin.open(page, '/admin/collections/users/create')
      await expect.poll(() => page.locator('#field-role').count(), { timeout: 15_000 }).toBe(1)
      await screenshot(page, 'first-user-admin-can-add-users')
    }, 180_000)
  })

  // Then the office's units are entered and an editor starts (the first user stays, an admin).
  describe('from an empty campaign to a published 汇编', () => {
    let editor: TestUser
    const timings: string[] = []
    const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const started = Date.now()
      const result = await run()
      timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`)
      return result
    }
    const toasts = (page: Page) => page.locator('.payload-toast-container').innerText()

    beforeAll(async () => {
      const payload = await admin.payload()
      for (const name of new Set(entries.map((e) => e.unit))) {
        await payload.create({ collection: 'units', data: { name, level: 'shengzhi', region: '福建省' }, overrideAccess: true })
      }
      editor = await admin.createUser('editor')
    })

    it(
      'goes through the admin with a 汇总表 and a folder of Word files, and the 汇编 goes live',
      async () => {
        const payload = await admin.payload()
        // Script errors on this journey's pages (the first user's pages were before it).
        const problemsBefore = admin.problems.length
        const page = await admin.newPage()
        await admin.login(page, editor)

        // 1. 新建活动: the campaign's form, 发布.
        const campaignId = await step('新建活动', async () => {
          await admin.open(page, '/admin/collections/campaigns/create')
          await page.locator('#field-name').fill(campaignName)
          await page.locator('#field-year').fill('2026')
          await page.locator('#field-region').fill('福建省')
          const saved = /\/admin\/collections\/campaigns\/(?!create)[^/?]+$/
          await submitUntil(page, page.locator('#action-save'), async () => saved.test(new URL(page.url()).pathname))
          return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)
        })
        const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0 })
        expect(campaign).toMatchObject({ name: campaignName, _status: 'published' })

        // 2. 导入汇总表: one draft per row.
        await admin.open(page, '/admin/import')
        const tableForm = page.locator('form:has(input[name="file"][accept*=".csv"])')
        await tableForm.locator(`select[name="campaign"] option[value="${campaign.id}"]`).waitFor({ state: 'attached', timeout: 30_000 })
        await tableForm.locator('select[name="campaign"]').selectOption(String(campaign.id))
        const csv = summaryCsv(entries.map((e, i) => [String(i + 1), e.title, '', e.unit, `联系人${i + 1}`, '0591-87000000', '']))
        await tableForm.locator('input[name="file"]').setInputFiles({ name: '汇总表.csv', mimeType: 'text/csv', buffer: csv })
        const imported = page.getByRole('status').filter({ hasText: '导入完成' })
        await step('导入汇总表', async () => {
          await tableForm.getByRole('button', { name: '导入', exact: true }).click()
          await expect.poll(() => imported.innerText().catch(() => ''), { timeout: 60_000 }).toContain(`新建草稿案例 ${entries.length} 个`)
        })
        for (const e of entries) expect(await imported.getByRole('link', { name: e.title }).count()).toBe(1)
        await screenshot(page, 'journey-2-summary-imported')

        // 3. 导入 Word 情况介绍: the folder of write-ups, one per case, matched by title.
        const wordForm = page.locator('form', { has: page.locator('input[name="files"]') })
        await wordForm.locator('select[name="campaign"]').selectOption(String(campaign.id))
        const files = await Promise.all(
          entries.map(async (e, i) => ({ name: `${e.title}.docx`, mimeType: docxType, buffer: await writeUpDocx({ title: e.title, withImage: i === 0 }) })),
        )
        await wordForm.locator('input[name="files"]').setInputFiles(files)
        const wordSummary = page.getByText(/^共 \d+ 个 Word 文件/)
        await step(`导入 ${files.length} 个 Word 文件`, async () => {
          await wordForm.getByRole('button', { name: '导入 Word 文件' }).click()
          await wordSummary.waitFor({ timeout: 120_000 })
        })
        expect(await wordSummary.innerText()).toContain(`已导入 ${files.length} 个，超出字数 0 个，未匹配 0 个，被拒绝 0 个`)
        await screenshot(page, 'journey-3-word-imported')
        const drafts = await payload.find({ collection: 'cases', where: { campaign: { equals: campaign.id } }, draft: true, depth: 0, limit: 0 })
        expect(drafts.docs).toHaveLength(entries.length)
        for (const kase of drafts.docs) expect(JSON.stringify(kase.sections?.practice)).toContain('具体做法部分的正文')

        // 4. 评定奖项: the campaign's awards tab, one choice per case.
        await step('评定奖项', async () => {
          await admin.open(page, `/admin/collections/campaigns/${campaign.id}`)
          await page.locator('button', { hasText: '评定奖项' }).first().click()
          for (const e of entries) {
            const select = page.getByLabel(`${inQuotes(e.title)}的奖项等次`)
            await select.waitFor({ timeout: 30_000 })
            await select.selectOption({ label: e.tier })
            await expect.poll(() => toasts(page), { timeout: 30_000 }).toContain(`已将${inQuotes(e.title)}设为${e.tier}。`)
          }
        })
        await screenshot(page, 'journey-4-awards')

        // 5. 发布: the campaign's cases in the list, all selected, 发布, 确认.
        await admin.open(page, `/admin/collections/cases?where[campaign][equals]=${campaign.id}`)
        await expect.poll(() => page.locator('.table tbody tr').count(), { timeout: 30_000 }).toBe(entries.length)
        await page.locator('#select-all').click()
        await page.locator('.list-selection').getByRole('button', { name: '发布', exact: true }).click()
        const published = new Date()
        await step('发布', async () => {
          await page.getByRole('button', { name: '确认', exact: true }).click()
          await expect.poll(() => toasts(page), { timeout: 60_000 }).toContain(`已成功更新 ${entries.length} 个案例`)
        })
        const live = await payload.find({
          collection: 'cases',
          where: { campaign: { equals: campaign.id }, _status: { equals: 'published' } },
          depth: 0,
          limit: 0,
        })
        expect(live.docs.map((d) => d.awardTier).sort()).toEqual(['excellent', 'first', 'second', 'third'])

        // 6. The rebuild the publish started puts the 汇编 on the site.
        const build = await step('汇编上线（发布后的网站构建）', () => admin.siteBuildAfter(published, { finishWithin: 10 * 60_000 }))
        expect(build.status, build.lastError ?? '').toBe('succeeded')
        const reader = await admin.newPage({ width: 360, height: 800 })
        const response = await reader.goto(`${admin.siteUrl}${huibianUrl(campaign.slug!)}`)
        expect(response?.status()).toBe(200)
        const toc = await reader.locator('nav.toc').innerText()
        for (const e of entries) expect(toc).toContain(e.title)
        // The table of contents as a phone shows it (the whole book is too long to look at).
        fs.mkdirSync(screenshotDir, { recursive: true })
        await reader.locator('nav.toc').screenshot({ path: path.join(screenshotDir, 'journey-6-huibian-toc-360.png') })

        console.log(`Journey (empty campaign → live 汇编), step times: ${timings.join('; ')}`)
        expect(admin.problems.slice(problemsBefore)).toEqual([])
      },
      20 * 60_000,
    )
  })
})
