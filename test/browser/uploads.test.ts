/**
 * Files editors bring into the real admin, in Chromium, on one seeded admin:
 * - Word write-ups: the 从 Word 导入 panel of a case (choose the file, read the
 *   report, 导入到本案例), the imported draft in the form and on its draft
 *   preview, and the batch form on 导入汇总表;
 * - 佐证 files on a published case (案例要素 tab, the upload field's own 新建
 *   drawer): a photo marked 公开 in 公开的佐证 and a scan marked 不公开 in
 *   不公开的佐证. After publishing, the rebuilt case page shows the photo and
 *   nothing of the scan, and the scan's URL refuses anonymous readers while the
 *   editor opens it.
 */
import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { casePreviewUrl, caseUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { pageSettled } from '../helpers/pageSettled'
import { browserTestsRun, screenshot } from '../helpers/browser'
import { smallPdf } from '../helpers/evidenceFiles'
import { testPassword } from '../helpers/payload'
import { campaignWithDrafts, writeUpCaseTitles } from '../helpers/writeUpCampaign'
import { seed000Headings, writeUpDocx } from '../helpers/writeUpDocx'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const abstract = '福州市推行“一件事一次办”改革，把群众眼中的一件事整合为一张表单、一套材料、一次办结，办理时限平均压缩八成。'

const secret = { title: 'CANARY7F3A-领导批示扫描件', entry: 'CANARY7F3A-不公开的批示', file: 'canary7f3a-pishi.pdf', bytes: 'CANARY7F3A-BYTES' }

/** Picks an option of a Payload select (react-select) by its label. */
async function choose(page: Page, field: Locator, label: string) {
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/** Uploads a file through the upload field's 新建 drawer, naming it and marking it, and saves the drawer. */
async function uploadThroughDrawer(
  page: Page,
  field: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
  title: string,
  visibility: '公开' | '不公开',
) {
  await field.locator('.upload__createNewToggler').click()
  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('input[type="file"]').setInputFiles(file)
  await drawer.locator('#field-title').fill(title)
  await drawer.locator('.radio-input', { hasText: new RegExp(`^${visibility}$`) }).click()
  await screenshot(page, `evidence-drawer-${visibility === '公开' ? 'public' : 'private'}`)
  await drawer.locator('#action-save').click()
  await drawer.waitFor({ state: 'detached', timeout: 30_000 })
  // The field now shows the uploaded file's card (its stored name).
  await expect.poll(() => field.innerText(), { timeout: 15_000 }).toContain(file.name.replace(/\.\w+$/, ''))
}

describe.skipIf(!browserTestsRun)('files in the admin', () => {
  const admin = useAdmin({ seed: true })

  describe('Word write-ups in the admin', () => {
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
      await admin.open(page, `/admin/collections/cases/${id}`)
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
      await admin.open(page, '/admin/import')
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

  describe('佐证 files in the admin', { retry: 1 }, () => {
    // One editor for a retry too: a second account would find the case locked by the first.
    let editor: Awaited<ReturnType<typeof admin.createUser>> | undefined

    /** A seeded case's 案例要素 tab, in the editor's admin. */
    async function openCaseFacts() {
      const local = await admin.payload()
      const kase = (await local.find({ collection: 'cases', where: { slug: { equals: 'goujian-jiceng-zhili-xin-geju' } }, depth: 0 })).docs[0]!
      const page = await admin.newPage()
      editor ??= await admin.createUser('editor')
      await admin.login(page, editor)
      await admin.open(page, `/admin/collections/cases/${kase.id}`)
      await page.locator('#action-save').waitFor()
      await page.locator('.tabs-field__tab-button', { hasText: '案例要素' }).click()
      // Add rows once the form is live (a 添加 clicked while its first answers are pending can lose the row's fields).
      await pageSettled(page)
      return { kase, page }
    }

    it('publishes a public photo and a private scan on a case; the site shows the photo only, the scan stays with editors', async () => {
      const local = await admin.payload()
      const { kase, page } = await openCaseFacts()

      // 公开的佐证: a photo, marked 公开.
      await page.locator('#field-evidence').locator('.array-field__add-row').click()
      await choose(page, page.locator('#field-evidence__0__kind'), '图片')
      await page.locator('#field-evidence__0__title').fill('社区党群服务中心挂牌')
      const photo = await sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 180, g: 40, b: 40 } } })
        .jpeg()
        .toBuffer()
      await uploadThroughDrawer(
        page,
        page.locator('#field-evidence__0__file'),
        { name: 'guapai.jpg', mimeType: 'image/jpeg', buffer: photo },
        '挂牌仪式照片',
        '公开',
      )

      // 不公开的佐证: a scanned 批示, marked 不公开.
      await page.locator('#field-privateEvidence').locator('.array-field__add-row').click()
      await choose(page, page.locator('#field-privateEvidence__0__kind'), '领导批示')
      await page.locator('#field-privateEvidence__0__title').fill(secret.entry)
      await uploadThroughDrawer(
        page,
        page.locator('#field-privateEvidence__0__file'),
        { name: secret.file, mimeType: 'application/pdf', buffer: smallPdf(secret.bytes) },
        secret.title,
        '不公开',
      )
      await page.locator('#field-privateEvidence').scrollIntoViewIfNeeded()
      await screenshot(page, 'evidence-admin-filled')

      await pageSettled(page)
      const since = new Date()
      await page.locator('#action-save').click()
      await expect.poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 15_000 }).toMatch(/成功|已/)
      expect(await admin.siteBuildAfter(since)).toMatchObject({ status: 'succeeded' })

      // The stored files are marked as the editor chose.
      const files = (await local.find({ collection: 'evidence-files', depth: 0, overrideAccess: true })).docs
      const scan = files.find((f) => f.title === secret.title)!
      expect(scan.visibility).toBe('private')
      expect(files.find((f) => f.title === '挂牌仪式照片')!.visibility).toBe('public')

      // The reader's case page: the photo, resized by the build; nothing of the scan.
      const reader = await admin.newPage()
      await reader.setViewportSize({ width: 360, height: 800 })
      await reader.goto(`${admin.siteUrl}${caseUrl(kase)}`)
      const evidence = reader.locator('section[aria-labelledby="evidence"]')
      await expect.poll(() => evidence.innerText()).toContain('【图片】社区党群服务中心挂牌')
      expect(await evidence.locator('img[alt="挂牌仪式照片"]').count()).toBe(1)
      const html = await reader.content()
      for (const value of [secret.title, secret.entry, secret.file, scan.filename!]) expect(html).not.toContain(value)
      await evidence.scrollIntoViewIfNeeded()
      await screenshot(reader, 'evidence-page-360')

      // The scan's own URL: refused to an anonymous reader, served to the editor.
      const fileUrl = admin.url(`/api/evidence-files/file/${encodeURIComponent(scan.filename!)}`)
      const anonymous = await fetch(fileUrl)
      expect(anonymous.status).toBe(403)
      expect(await anonymous.text()).not.toContain(secret.bytes)
      const asEditor = await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' })
        return { status: response.status, text: await response.text() }
      }, fileUrl)
      expect(asEditor.status).toBe(200)
      expect(asEditor.text).toContain(secret.bytes)
    }, 360_000)

    it('says on the file field, in the 新建 drawer, that a file over 10 MB is too large', async () => {
      const local = await admin.payload()
      const before = (await local.count({ collection: 'evidence-files', overrideAccess: true })).totalDocs
      const { page } = await openCaseFacts()
      // The new row is the one after those the case has; its fields come with the server's answer to 添加.
      const rows = await page.locator('#field-privateEvidence [id^="privateEvidence-row-"]').count()
      await page.locator('#field-privateEvidence').locator('.array-field__add-row').click()
      const field = page.locator(`#field-privateEvidence__${rows}__file`)
      await field.locator('.upload__createNewToggler').click({ timeout: 60_000 })
      const drawer = page.locator('.drawer--is-open').last()
      const scan = Buffer.concat([smallPdf('BIG-SCAN'), Buffer.alloc(11 * 1024 * 1024)])
      await drawer.locator('input[type="file"]').setInputFiles({ name: 'dasaomiao.pdf', mimeType: 'application/pdf', buffer: scan })
      await drawer.locator('#field-title').fill('一份过大的扫描件')
      await drawer.locator('#action-save').click()
      // The reason stands under the file in the drawer, which stays open with what was typed.
      const message = '超过 10 MB 的上限。请压缩或拆分后再上传。'
      await expect.poll(() => drawer.locator('.file-field .field-error').innerText(), { timeout: 30_000 }).toContain(message)
      expect(await drawer.locator('#field-title').inputValue()).toBe('一份过大的扫描件')
      await screenshot(page, 'evidence-drawer-too-large')
      expect((await local.count({ collection: 'evidence-files', overrideAccess: true })).totalDocs).toBe(before)
    }, 240_000)
  })
})
