/**
 * The editor's desk in the real admin (npm start's production build) in
 * Chromium: the 字数 counters beside the abstract and each section count as
 * the server does, unused sections are hidden, the tier pickers offer only
 * the campaign's award scheme, a half-written case is flagged, the dashboard
 * shows the office's work, the import asks which unit an ambiguous name means,
 * every date picker (预约发布's too) reads Chinese, and the facts panel keeps its
 * phrases whole on a phone.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { countChars, inQuotes, lexicalToPlainText } from '../../cms/domain'
import { caseUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { fillAndSettle } from '../helpers/pageSettled'
import { browserTestsRun, screenshot, screenshotDir } from '../helpers/browser'

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
    await admin.open(page, `/admin/collections/cases/${kase.id}`)
    const abstractCount = page.locator('[data-word-count="abstract"]')
    await expect.poll(() => abstractCount.innerText(), { timeout: 30_000 }).toBe(`摘要 ${countChars(kase.abstract!)} / 200–300 字`)
    // This campaign names the section 背景 and sets no limit on it.
    const backgroundLength = countChars(lexicalToPlainText(kase.sections?.background))
    // The rich-text editors mount after the rest of the form.
    await expect.poll(() => page.locator('[data-word-count="background"]').allInnerTexts(), { timeout: 30_000 }).toEqual([`背景 ${backgroundLength} 字`])
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
    expect(await abstractCount.evaluate((el) => getComputedStyle(el).color)).not.toBe(
      await page
        .locator('label')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    )
    // And in a rich-text section: 数、字、2023、与、APP are 5 字 by Word's rule.
    const background = page.locator('.field-type:has([data-word-count="background"]) [contenteditable="true"]').first()
    await background.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('数字2023与APP')
    await expect.poll(() => page.locator('[data-word-count="background"]').innerText()).toBe(`背景 ${backgroundLength + 5} 字`)
    expect(countChars('数字2023与APP')).toBe(5)
    await abstract.scrollIntoViewIfNeeded()
    await screenshot(page, 'desk-word-count')

    // The case's tier picker: 党建品牌、优秀案例 and 参评 only.
    await page.locator('#field-awardTier .rs__control').click()
    const options = await page.locator('.rs__menu .rs__option').allInnerTexts()
    expect(options.sort()).toEqual(['党建品牌', '优秀案例', '参评'].sort())
    await screenshot(page, 'desk-tier-picker')
    await page.keyboard.press('Escape')
  })

  it('labels the preview button 预览 and old slugs 旧网址 n, and every date picker reads Chinese', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    const kase = await caseBySlug('gulou-138-jiguan-dangjian-gongzuo-jizhi')
    const renamed = await payload.update({ collection: 'cases', id: kase.id, data: { slug: 'gulou-138-renamed' }, overrideAccess: true })
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { stages: [{ name: '推荐申报', start: '2024-03-01T04:00:00.000Z', end: '2024-03-31T04:00:00.000Z' }] },
      overrideAccess: true,
    })
    const page = await admin.newPage()
    await loginAs(page, editor)

    await admin.open(page, `/admin/collections/cases/${renamed.id}`)
    const preview = page.locator('#preview-button')
    await expect.poll(() => preview.innerText(), { timeout: 30_000 }).toBe('预览')
    expect(await preview.getAttribute('href')).toContain(`/preview/cases/${renamed.id}/`)
    const history = page.locator('#field-slugHistory')
    await expect.poll(() => history.innerText(), { timeout: 15_000 }).toContain('旧网址 1 · gulou-138-jiguan-dangjian-gongzuo-jizhi')
    expect(await history.innerText()).not.toMatch(/Slug History/i)
    await history.scrollIntoViewIfNeeded()
    await screenshot(page, 'desk-preview-and-slug-history')
    // Its first publication, in Chinese.
    const firstPublished = page.locator('#field-publishedAt .react-datepicker__input-container input')
    expect(renamed.publishedAt).toBeTruthy()
    await expect.poll(() => firstPublished.inputValue(), { timeout: 15_000 }).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)

    // 预约发布: the drawer's time reads 2026年12月1日 08:35, not "12月 1, 2026 8:35 上午".
    await page.locator('.doc-controls .popup-button').first().click()
    await page.getByText('预约发布', { exact: true }).click()
    const drawer = page.locator('.schedule-publish')
    const when = drawer.locator('.react-datepicker__input-container input')
    await when.click()
    expect(await page.locator('.react-datepicker__time-list-item').first().innerText()).toBe('00:00')
    await page.locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)').last().click()
    await expect.poll(() => when.inputValue(), { timeout: 10_000 }).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    await screenshot(page, 'desk-schedule-drawer')
    await drawer.locator('.schedule-publish__drawer-header button').click()

    // 活动环节 dates (day only) and a 公示's start date, picked in its calendar.
    await admin.open(page, `/admin/collections/campaigns/${campaign.id}`)
    await page.locator('button', { hasText: '环节与篇幅' }).first().click()
    const stageDates = page.locator('#field-stages .react-datepicker__input-container input')
    await expect
      .poll(() => stageDates.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)), { timeout: 30_000 })
      .toEqual(['2024年3月1日', '2024年3月31日'])
    await admin.open(page, '/admin/collections/publicity-notices/create')
    const start = page.locator('#field-periodStart .react-datepicker__input-container input')
    await start.click({ timeout: 30_000 })
    expect(await page.locator('.react-datepicker__day-name').allInnerTexts()).toEqual(['一', '二', '三', '四', '五', '六', '日'])
    await page.locator('.react-datepicker__day:not(.react-datepicker__day--outside-month)').nth(9).click()
    expect(await start.inputValue()).toMatch(/^\d{4}年\d{1,2}月10日$/)
    await screenshot(page, 'desk-publicity-date')
  })

  it('follows the campaign picked for a new case: its sections, its limits and its tiers', async () => {
    const editor = await admin.createUser('editor')
    const page = await admin.newPage()
    await loginAs(page, editor)
    await admin.open(page, '/admin/collections/cases/create')
    // Before a campaign is chosen, every section shows.
    await expect.poll(() => page.locator('[data-word-count]:not([data-word-count="total"])').count(), { timeout: 30_000 }).toBe(6)
    await page.locator('#field-campaign .rs__control').click()
    await page.locator('.rs__option', { hasText: '福建省新时代党建品牌、优秀案例征集' }).click()
    // Seed 001's campaign uses 背景、做法、成效、意义: 创新亮点 goes, the limits come.
    await expect.poll(() => page.locator('[data-word-count="highlights"]').count(), { timeout: 20_000 }).toBe(0)
    await expect.poll(() => page.locator('[data-word-count="abstract"]').innerText()).toBe('摘要 0 / 200–300 字')
    expect(await page.locator('[data-word-count="significance"]').innerText()).toBe('意义 0 字')
    await screenshot(page, 'desk-new-case-campaign')
  })

  it('flags a half-written draft beside the publish button and shows the office’s desk on the dashboard', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-xinshidai-dangjian-2021' } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!
    const draft = await payload.create({
      collection: 'cases',
      draft: true,
      data: { title: '只写了标题的草稿', campaign: campaign.id, unit: unit.id, _status: 'draft' },
    })
    const page = await admin.newPage()
    await loginAs(page, editor)
    await admin.open(page, `/admin/collections/cases/${draft.id}`)
    const badge = page.locator('[data-write-up-gaps]').first()
    await expect.poll(() => badge.innerText(), { timeout: 30_000 }).toContain('未写完')
    expect(await page.locator('[data-write-up-gaps]').nth(1).innerText()).toContain('「背景」「做法」「成效」「意义」尚未填写；摘要尚未填写')
    await screenshot(page, 'desk-half-written')

    await admin.open(page, '/admin')
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
    await admin.open(page, `/admin/collections/campaigns/${campaign.id}`)
    await page
      .getByRole('tab', { name: '评定奖项' })
      .or(page.locator('button', { hasText: '评定奖项' }))
      .first()
      .click()
    const select = page.locator('#award-panel-title ~ table select').first()
    await expect.poll(() => select.count(), { timeout: 30_000 }).toBe(1)
    expect(await select.locator('option').allInnerTexts()).toEqual(['未评奖', '十佳案例', '参评'])
    await screenshot(page, 'desk-awards-tab')

    // A title with its own quotes: they nest as single quotes, never ““六个一”…”.
    const title = '“六个一”机制锻造排头兵'
    const row = page.getByRole('combobox', { name: `${inQuotes(title)}的奖项等次` })
    const toasts = page.locator('.payload-toast-container')
    await row.selectOption({ label: '参评' })
    await expect.poll(() => toasts.innerText(), { timeout: 15_000 }).toContain('已将“‘六个一’机制锻造排头兵”设为参评。')
    expect(await toasts.innerText()).not.toContain('““')
    await screenshot(page, 'desk-awards-toast')
    await row.selectOption({ label: '十佳案例' })
    await expect.poll(() => toasts.innerText(), { timeout: 15_000 }).toContain('已将“‘六个一’机制锻造排头兵”设为十佳案例。')
    expect((await caseBySlug('liugeyi-jizhi-duanzao-paitoubing')).awardTier).toBe('top-ten')
  })

  it('shows the 编号 and quota checks as Chinese errors on their fields when saving and publishing in the admin', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    // 十佳 has 10 places, all taken by the bundled cases: an 11th may be a draft but not published.
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!
    const draft = await payload.create({
      collection: 'cases',
      draft: true,
      data: { title: '第十一个十佳', campaign: campaign.id, unit: unit.id, awardTier: 'top-ten', _status: 'draft' },
    })
    expect(draft.sequence).toBe(11)
    const holder = (await payload.find({ collection: 'cases', where: { campaign: { equals: campaign.id }, sequence: { equals: 1 } } })).docs[0]!
    const page = await admin.newPage()
    await loginAs(page, editor)
    await admin.open(page, `/admin/collections/cases/${draft.id}`)
    const number = page.locator('#field-sequence')
    await expect.poll(() => number.inputValue(), { timeout: 30_000 }).toBe('11')
    // Publishing validates, so the refusals are marked on their fields (a refused draft save shows a toast only).
    await fillAndSettle(page, number, '1')
    await expect.poll(() => page.locator('#action-save-draft').isEnabled(), { timeout: 20_000 }).toBe(true)
    await page.locator('#action-save').click()
    const numberError = page.locator('.field-type.number:has(#field-sequence) .field-error').first()
    await expect.poll(() => numberError.textContent(), { timeout: 20_000 }).toContain(`编号 1 已被本活动的${inQuotes(holder.title)}使用`)
    await screenshot(page, 'desk-number-error')

    await fillAndSettle(page, number, '11')
    await page.locator('#action-save').click()
    const tierError = page.locator('#field-awardTier .field-error, .field-type.select:has(#field-awardTier) .field-error').first()
    await expect.poll(() => tierError.textContent(), { timeout: 20_000 }).toContain('本活动的十佳案例 11 个（名额：10 个），超出名额。')
    await screenshot(page, 'desk-quota-error')
    expect((await payload.findByID({ collection: 'cases', id: draft.id, draft: true }))._status).toBe('draft')
  })

  it('lets an admin confirm an over-quota award list in the awards tab, and shows who did', async () => {
    const chief = await admin.createUser('admin')
    const payload = await admin.payload()
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!
    await payload.create({
      collection: 'cases',
      draft: true,
      data: { title: '超出名额的十佳', campaign: campaign.id, unit: unit.id, awardTier: 'top-ten', _status: 'draft' },
    })
    // 10 places; the bundled ten, this draft and any an earlier test left.
    const topTen = (await payload.count({ collection: 'cases', where: { campaign: { equals: campaign.id }, awardTier: { equals: 'top-ten' } } })).totalDocs
    const page = await admin.newPage()
    await loginAs(page, chief)
    await admin.open(page, `/admin/collections/campaigns/${campaign.id}`)
    await page.locator('button', { hasText: '评定奖项' }).first().click()
    const alert = page.getByRole('alert').filter({ hasText: '超出名额' })
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain(`十佳案例超出名额 ${topTen - 10} 个`)
    await screenshot(page, 'desk-over-quota')
    await alert.getByRole('button', { name: '确认超出名额并允许发布' }).click()
    const record = page.locator('[data-quota-confirmation]')
    await expect.poll(() => record.innerText(), { timeout: 20_000 }).toContain(`管理员已确认超出名额：十佳案例 ${topTen} 个（名额：10 个）`)
    expect(await alert.count()).toBe(0)
    await screenshot(page, 'desk-over-quota-confirmed')
    const stored = (await payload.findByID({ collection: 'campaigns', id: campaign.id, draft: true, depth: 0 })).quotaConfirmations!.at(-1)!
    expect(stored).toMatchObject({ confirmedBy: chief.id, counts: { 'top-ten': topTen } })
  })

  it('numbers the 汇编 by 编号, and a phone shows each unit of its contents whole, under its title', async () => {
    const page = await admin.newPage({ width: 360, height: 800 })
    await page.goto(`${admin.siteUrl}/huibian/fuzhou-xinhuoshi-shijia-2024/`)
    const numbers = await page.locator('nav.toc li .no').allInnerTexts()
    expect(numbers.map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    // How many lines each unit's name spans, and whether it starts below its title's first line.
    const units = await page.locator('nav.toc li').evaluateAll((items) =>
      items.map((li) => {
        const lines = (el: Element) => {
          const range = document.createRange()
          range.selectNodeContents(el)
          return [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))]
        }
        const [unit, title] = [li.querySelector('.meta')!, li.querySelector('a')!]
        return { unit: unit.textContent, lines: lines(unit).length, below: lines(unit)[0]! > lines(title)[0]! }
      }),
    )
    expect(units.filter((u) => u.lines !== 1 || !u.below)).toEqual([])
    // The table of contents and the first entry, as a phone shows them (the whole book is too long to look at).
    fs.mkdirSync(screenshotDir, { recursive: true })
    await page.locator('nav.toc').screenshot({ path: path.join(screenshotDir, 'desk-huibian-toc-360.png') })
    await page
      .locator('article.entry')
      .first()
      .screenshot({ path: path.join(screenshotDir, 'desk-huibian-entry-360.png') })
  })

  it('keeps 「70 余名」, 「（截至 2024 年）」 and the like on one line in the facts panel on a 360 px phone', async () => {
    const payload = await admin.payload()
    const withFacts = (await payload.find({ collection: 'cases', where: { 'figures.asOf.year': { exists: true } }, limit: 50, depth: 0 })).docs
    expect(withFacts.length).toBeGreaterThan(3)
    const page = await admin.newPage({ width: 360, height: 800 })
    const phrases: { slug: string; text: string; lines: number }[] = []
    for (const kase of withFacts) {
      await page.goto(`${admin.siteUrl}${caseUrl(kase.slug!)}`)
      // In each facts item, the closing parenthetical and the figure's quantity (70 余名), measured as ranges of the text: how many lines each spans.
      const measured = await page.locator('section.facts li').evaluateAll((items) =>
        items.flatMap((li) => {
          const text = li.textContent ?? ''
          const spans: [number, number][] = []
          const open = text.lastIndexOf('（')
          if (open >= 0) spans.push([open, text.indexOf('）', open) + 1])
          const quantity = /(?:约 )?\d[\d.]*(?:%| 余?\S+)?$/.exec(open >= 0 ? text.slice(0, open) : text)
          if (quantity) spans.push([quantity.index, quantity.index + quantity[0].length])
          return spans.map(([start, end]) => {
            const range = document.createRange()
            const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT)
            let offset = 0
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              const length = node.data.length
              if (start >= offset && start < offset + length) range.setStart(node, start - offset)
              if (end > offset && end <= offset + length) range.setEnd(node, end - offset)
              offset += length
            }
            return { text: text.slice(start, end), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size }
          })
        }),
      )
      phrases.push(...measured.map((m) => ({ slug: kase.slug!, ...m })))
    }
    expect(phrases.filter((p) => p.text.startsWith('（截至')).length).toBeGreaterThan(3)
    expect(phrases.map((p) => p.text)).toContain('70 余名')
    expect(phrases.filter((p) => p.lines !== 1)).toEqual([])
    await page.goto(`${admin.siteUrl}${caseUrl(withFacts[0]!.slug!)}`)
    await page.locator('section.facts').screenshot({ path: path.join(screenshotDir, 'desk-facts-360.png') })
  })

  it('stops an import on an ambiguous unit name and imports once the editor picks the unit, linking the drafts it made', async () => {
    const editor = await admin.createUser('editor')
    const payload = await admin.payload()
    await payload.create({ collection: 'units', data: { name: '厦门市水利局', shortName: '市水利局', level: 'shizhi', region: '厦门市' } })
    const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'desk-')), '汇总表.csv')
    fs.writeFileSync(csv, '序号,案例名称,案例类型,申报单位,联系人,联系电话,备注\n1,水利党建浏览器测试,机关党建类,市水利局,张三,1,\n')
    const page = await admin.newPage()
    await loginAs(page, editor)
    await admin.open(page, '/admin/import')
    // The page also holds the Word batch form; this is the 汇总表 one.
    const form = page.locator('form:has(input[name="file"][accept*=".csv"])')
    await form.locator('select[name="campaign"]').selectOption({ label: '2020 第三届“推进机制活、建设新福建”全省机关体制机制创新优秀案例征集评选' })
    await form.locator('input[name="file"]').setInputFiles(csv)
    await form.getByRole('button', { name: '导入', exact: true }).click()
    // Next's route announcer is an alert too: take the import's own.
    const alert = page.getByRole('alert').filter({ hasText: '文件未导入' })
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain('文件未导入')
    expect(await page.locator('td', { hasText: '可能是 2 个单位' }).innerText()).toContain('福州市水利局（福州市）、厦门市水利局（厦门市）')
    await screenshot(page, 'desk-import-ambiguous')

    await page.locator('fieldset', { hasText: '核对单位' }).locator('select').selectOption({ label: '福州市水利局（福州市）' })
    await form.getByRole('button', { name: '按以上选择重新导入' }).click()
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
