/**
 * Word write-ups through the real admin in Chromium: the 从 Word 导入 panel of
 * a case (choose the file, read the report, 导入到本案例), the imported draft
 * in the form and on its draft preview, and the batch form on 导入汇总表.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { casePreviewUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'
import { testPassword } from '../helpers/payload'
import { campaignWithDrafts, writeUpCaseTitles } from '../helpers/writeUpCampaign'
import { seed000Headings, writeUpDocx } from '../helpers/writeUpDocx'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const abstract = '福州市推行“一件事一次办”改革，把群众眼中的一件事整合为一张表单、一套材料、一次办结，办理时限平均压缩八成。'

describe.skipIf(!browserTestsRun)('Word write-ups in the admin', () => {
  const admin = useAdmin({ seed: true })
  let setup: Awaited<ReturnType<typeof campaignWithDrafts>>
  beforeAll(async () => {
    setup = await campaignWithDrafts(await admin.payload())
  })
  const timings: string[] = []
  const timed = async <T>(step: string, run: () => Promise<T>) => {
    const started = Date.now()
    const result = await run()
    timings.push(`${step}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return result
  }

  it('fills a case from a .docx with the panel on its 内容 tab, and the draft preview shows it', async () => {
    const payload = await admin.payload()
    const id = setup.caseId(writeUpCaseTitles[0]!)
    const page = await admin.newPage()
    await admin.login(page, { email: setup.editor.email, password: testPassword })
    await page.goto(admin.url(`/admin/collections/cases/${id}`))
    const panel = page.locator('section[aria-labelledby="import-write-up-heading"]')
    await expect.poll(() => panel.locator('h3').innerText(), { timeout: 30_000 }).toBe('从 Word 导入情况介绍')

    const docx = await writeUpDocx({ title: writeUpCaseTitles[0]!, abstract, headings: [...seed000Headings, '五、经验启示'] })
    await timed('choose the .docx → report shown', async () => {
      await panel.locator('input[type="file"]').setInputFiles({ name: '一件事一次办-情况介绍.docx', mimeType: docxType, buffer: docx })
      await panel.getByRole('button', { name: '导入到本案例' }).waitFor({ timeout: 30_000 })
    })
    const report = await panel.innerText()
    expect(report).toMatch(/背景描述\s+\d+\s+不超过 350 字/)
    expect(report).toContain('「五、经验启示」不是本活动的正文部分')
    expect(report).toContain('报道：福建日报：让群众少跑腿')
    await panel.scrollIntoViewIfNeeded()
    await screenshot(page, 'write-up-panel-report')

    await timed('导入到本案例 → form reloaded with the draft', async () => {
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), panel.getByRole('button', { name: '导入到本案例' }).click()])
      await expect.poll(() => page.locator('#field-abstract').inputValue(), { timeout: 30_000 }).toBe(abstract)
    })
    const editors = page.locator('[data-lexical-editor="true"]')
    await expect.poll(() => editors.first().innerText(), { timeout: 30_000 }).toContain('背景描述部分的正文')
    const practice = page.locator('.field-type.rich-text-lexical', { has: page.locator('table') }).first()
    expect(await practice.locator('table tr').count()).toBe(3)
    await practice.locator('table').scrollIntoViewIfNeeded()
    await screenshot(page, 'write-up-imported-form')

    const kase = await payload.findByID({ collection: 'cases', id, draft: true, depth: 0, overrideAccess: true })
    expect(kase.honours).toHaveLength(3)
    expect(kase.images).toHaveLength(1)

    // The draft as the site will show it, for the logged-in editor (the login cookie holds for localhost).
    const preview = await admin.newPage({ width: 360, height: 800 })
    await preview.goto(`${admin.siteUrl}${casePreviewUrl(id)}`)
    await expect.poll(() => preview.locator('main').innerText(), { timeout: 30_000 }).toContain('具体做法部分的正文')
    expect(await preview.locator('main table tr').count()).toBe(3)
    expect(await preview.locator('main ol li').allInnerTexts()).toEqual(expect.arrayContaining(['建立问题清单', '实行挂图作战', '开展群众评议']))
    await screenshot(preview, 'write-up-draft-preview-360')
    expect(admin.problems).toEqual([])
  })

  it('imports a batch of .docx files on 导入汇总表 with a line per file, one unmatched', async () => {
    // Still logged in from the test before: one browser profile for the file.
    const page = await admin.newPage()
    await page.goto(admin.url('/admin/import'))
    await page.locator('h2', { hasText: '导入 Word 情况介绍' }).waitFor({ timeout: 30_000 })
    const form = page.locator('form', { has: page.locator('input[name="files"]') })
    await form.locator('select[name="campaign"]').selectOption(String(setup.campaign.id))
    const files = [
      { name: `${writeUpCaseTitles[1]}.docx`, mimeType: docxType, buffer: await writeUpDocx({ title: writeUpCaseTitles[1]!, withImage: false }) },
      { name: '03.docx', mimeType: docxType, buffer: await writeUpDocx({ title: writeUpCaseTitles[2]!, withImage: false }) },
      { name: '智慧党建.docx', mimeType: docxType, buffer: await writeUpDocx({ title: '“智慧党建”平台建设', withImage: false }) },
    ]
    await form.locator('input[name="files"]').setInputFiles(files)
    await timed('batch of 3 .docx → summary line', async () => {
      await form.getByRole('button', { name: '导入 Word 文件' }).click()
      await page.getByText(/^共 3 个 Word 文件/).waitFor({ timeout: 60_000 })
    })
    expect(await page.getByText(/^共 3 个 Word 文件/).innerText()).toContain('已导入 2 个，超出字数 0 个，未匹配 1 个，被拒绝 0 个')
    const rows = page.locator('table tbody tr[data-status]')
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).toEqual(['filled', 'filled', 'unmatched'])
    await rows.first().scrollIntoViewIfNeeded()
    await screenshot(page, 'write-up-batch-report')
    console.log(`Word import in the admin — ${timings.join('; ')}`)
    expect(admin.problems).toEqual([])
  })
})
