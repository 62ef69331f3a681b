/**
 * An editor attaches 佐证 files to a published case in the real admin (案例要素
 * tab, the upload field's own 新建 drawer): a photo marked 公开 in 公开的佐证 and
 * a scan marked 不公开 in 不公开的佐证. After publishing, the rebuilt case page
 * shows the photo and nothing of the scan, and the scan's URL refuses anonymous
 * readers while the editor opens it.
 */
import sharp from 'sharp'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { caseUrl } from '../../cms/domain/urls'
import { useAdmin } from '../helpers/admin'
import { browserTestsRun, screenshot } from '../helpers/browser'
import { smallPdf } from '../helpers/evidenceFiles'

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

describe.skipIf(!browserTestsRun)('佐证 files in the admin', { retry: 1 }, () => {
  const admin = useAdmin({ seed: true })
  // One editor for a retry too: a second account would find the case locked by the first.
  let editor: Awaited<ReturnType<typeof admin.createUser>> | undefined

  /** A seeded case's 案例要素 tab, in the editor's admin. */
  async function openCaseFacts() {
    const local = await admin.payload()
    const kase = (await local.find({ collection: 'cases', where: { slug: { equals: 'goujian-jiceng-zhili-xin-geju' } }, depth: 0 })).docs[0]!
    const page = await admin.newPage()
    editor ??= await admin.createUser('editor')
    await admin.login(page, editor)
    await page.goto(admin.url(`/admin/collections/cases/${kase.id}`))
    await page.locator('#action-save').waitFor()
    await page.locator('.tabs-field__tab-button', { hasText: '案例要素' }).click()
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

    await page.waitForLoadState('networkidle')
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
    await page.locator('#field-privateEvidence').locator('.array-field__add-row').click()
    const field = page.locator('#field-privateEvidence').locator('[id$="__file"]').last()
    await field.locator('.upload__createNewToggler').click()
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
