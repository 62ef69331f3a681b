/**
 * The editor's desk in the real admin (npm start's production build) in
 * Chromium: the 字数 counters beside the abstract and each section count as
 * the server does, unused sections are hidden, the tier pickers offer only
 * the campaign's award scheme, a half-written case is flagged, the dashboard
 * shows the office's work, and the import asks which unit an ambiguous name means.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { countChars } from '../../cms/domain'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'

describe.skipIf(!browserTestsRun)("the editors' desk in the admin", () => {
  const admin = useAdmin({ seed: true })
  /** The tests share one browser: each starts logged out, then logs in as its own user. */
  const loginAs = async (page: Awaited<ReturnType<typeof admin.newPage>>, user: Awaited<ReturnType<typeof admin.createUser>>) => {
    await page.context().clearCookies()
    await admin.login(page, user)
  }
  const caseBySlug = async (slug: string) => {
    const payload = await admin.payload()
    return (await payload.find({ collection: 'cases', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!
  }

  it('counts the abstract and each section as the server does, hides sections the campaign does not use, and offers only its tiers', async () => {
    const editor = await admin.createUser('editor')
    const page = await admin.newPage()
    await loginAs(page, editor)
    // A 2021 case: 背景、做法、成效、意义 and an abstract of 200–300 字 (seed 001).
    const kase = await caseBySlug('gulou-138-jiguan-dangjian-gongzuo-jizhi')
    await page.goto(admin.url(`/admin/collections/cases/${kase.id}`))
    const abstractCount = page.locator('[data-word-count="abstract"]')
    await expect.poll(() => abstractCount.innerText(), { timeout: 30_000 }).toBe(`摘要 ${countChars(kase.abstract!)} / 200–300 字`)
    // This campaign names the section 背景 and sets no limit on it; the bundled case has no text in it yet.
    await expect.poll(() => page.locator('[data-word-count="background"]').allInnerTexts()).toEqual(['背景 0 字'])
    expect(await page.locator('[data-word-count="significance"]').count()).toBe(1)
    // 创新亮点 is not one of this campaign's sections (and this case has none): hidden.
    expect(await page.locator('[data-word-count="highlights"]').count()).toBe(0)
    expect(await page.getByText('连续的英文字母或数字（如 APP、2023、3.5）计 1 字').count()).toBeGreaterThan(0)

    // Typing updates the count live, with the warning colour past the limit.
    const abstract = page.locator('#field-abstract')
    await abstract.fill('短摘要 2023 APP')
    await expect.poll(() => abstractCount.innerText()).toBe('摘要 5 / 200–300 字（还差 195 字）')
    await abstract.fill('字'.repeat(310))
    await expect.poll(() => abstractCount.innerText()).toBe('摘要 310 / 200–300 字（超出 10 字）')
    expect(await abstractCount.evaluate((el) => getComputedStyle(el).color)).not.toBe(await page.locator('label').first().evaluate((el) => getComputedStyle(el).color))
    await abstract.scrollIntoViewIfNeeded()
    await screenshot(page, 'desk-word-count')

    // The case's tier picker: 党建品牌、优秀案例 and 参评 only.
    await page.locator('#field-awardTier .rs__control').click()
    const options = await page.locator('.rs__menu .rs__option').allInnerTexts()
    expect(options.sort()).toEqual(['党建品牌', '优秀案例', '参评'].sort())
    await screenshot(page, 'desk-tier-picker')
    await page.keyboard.press('Escape')
  })

  it('flags a half-written draft beside the publish button and shows the office’s desk on the dashboard', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-xinshidai-dangjian-2021' } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!
    const draft = await payload.create({ collection: 'cases', draft: true, data: { title: '只写了标题的草稿', campaign: campaign.id, unit: unit.id, _status: 'draft' } })
    const page = await admin.newPage()
    await loginAs(page, editor)
    await page.goto(admin.url(`/admin/collections/cases/${draft.id}`))
    const badge = page.locator('[data-write-up-gaps]').first()
    await expect.poll(() => badge.innerText(), { timeout: 30_000 }).toContain('未写完')
    expect(await page.locator('[data-write-up-gaps]').nth(1).innerText()).toContain('「背景」「做法」「成效」「意义」尚未填写；摘要尚未填写')
    await screenshot(page, 'desk-half-written')

    await page.goto(admin.url('/admin'))
    const desk = page.locator('.office-desk')
    await expect.poll(() => desk.locator('h2').innerText(), { timeout: 30_000 }).toBe('工作台')
    const row = desk.locator('tr', { hasText: campaign.shortName ?? campaign.name })
    // The bundled case and the new draft: 2 entries, 1 of them a draft, linked to the drafts list.
    expect(await row.locator('td').allInnerTexts()).toEqual(['2', '1', '1', '1 / 110'])
    expect(await desk.getByRole('link', { name: '导入汇总表' }).count()).toBe(1)
    expect(await desk.getByRole('link', { name: '新建专题' }).count()).toBe(1)
    expect(await desk.getByRole('link', { name: /^评定奖项/ }).count()).toBe(1)
    expect(await desk.getByRole('link', { name: '只写了标题的草稿' }).count()).toBe(1)
    await screenshot(page, 'desk-dashboard')
  })

  it('offers only the campaign’s tiers in the awards tab', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!
    const page = await admin.newPage()
    await loginAs(page, editor)
    await page.goto(admin.url(`/admin/collections/campaigns/${campaign.id}`))
    await page.getByRole('tab', { name: '评定奖项' }).or(page.locator('button', { hasText: '评定奖项' })).first().click()
    const select = page.locator('#award-panel-title ~ table select').first()
    await expect.poll(() => select.count(), { timeout: 30_000 }).toBe(1)
    expect(await select.locator('option').allInnerTexts()).toEqual(['未评奖', '十佳案例', '参评'])
    await screenshot(page, 'desk-awards-tab')
  })

  it('stops an import on an ambiguous unit name and imports once the editor picks the unit, linking the drafts it made', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    await payload.create({ collection: 'units', data: { name: '厦门市水利局', shortName: '市水利局', level: 'shizhi', region: '厦门市' } })
    const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'desk-')), '汇总表.csv')
    fs.writeFileSync(csv, '序号,案例名称,案例类型,申报单位,联系人,联系电话,备注\n1,水利党建浏览器测试,机关党建类,市水利局,张三,1,\n')
    const page = await admin.newPage()
    await loginAs(page, editor)
    await page.goto(admin.url('/admin/import'))
    await page.locator('select[name="campaign"]').selectOption({ label: '2020 第三届“推进机制活、建设新福建”全省机关体制机制创新优秀案例征集评选' })
    await page.locator('input[name="file"]').setInputFiles(csv)
    await page.getByRole('button', { name: '导入', exact: true }).click()
    // Next's route announcer is an alert too: take the import's own.
    const alert = page.getByRole('alert').filter({ hasText: '文件未导入' })
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain('文件未导入')
    expect(await page.locator('table').last().innerText()).toContain('福州市水利局（福州市）、厦门市水利局（厦门市）')
    await screenshot(page, 'desk-import-ambiguous')

    await page.locator('fieldset', { hasText: '核对单位' }).locator('select').selectOption({ label: '福州市水利局（福州市）' })
    await page.getByRole('button', { name: '按以上选择重新导入' }).click()
    const done = page.getByRole('status').filter({ hasText: '导入完成' })
    await expect.poll(() => done.innerText(), { timeout: 30_000 }).toContain('新建草稿案例 1 个')
    const link = done.getByRole('link', { name: '水利党建浏览器测试' })
    expect(await link.getAttribute('href')).toMatch(/^\/admin\/collections\/cases\/\d+$/)
    await screenshot(page, 'desk-import-done')
    const created = (await payload.find({ collection: 'cases', where: { title: { equals: '水利党建浏览器测试' } }, draft: true, depth: 1 })).docs[0]!
    expect((created.unit as { name: string }).name).toBe('福州市水利局')
    expect(admin.problems).toEqual([])
  })
})
