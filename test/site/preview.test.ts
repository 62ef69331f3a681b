import http from 'node:http'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'
import { createSiteHandler } from '../../site/server/serveSite'
import { casePreviewUrl, caseUrl } from '../../cms/domain/urls'
import { closePayload, createEditor } from '../helpers/payload'
import { login } from '../helpers/rest'
import { seededSite, type TestSite } from '../helpers/site'
import type { DocumentId } from '../../cms/domain/documentId'

const DRAFT = '草稿预览测试-未发布的标题'

describe("an editor's draft preview, served beside the static site", () => {
  let payload: Payload
  let site: TestSite
  let base: string
  let server: http.Server
  let token: string
  let draftId: DocumentId
  let publishedSlug: string

  beforeAll(async () => {
    ;({ payload, site } = await seededSite())
    server = http.createServer(createSiteHandler(site.outDir))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    token = await login((await createEditor(payload)).email)
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!
    const draft = await payload.create({
      collection: 'cases',
      draft: true,
      data: {
        title: DRAFT,
        kind: 'case',
        campaign: campaign.id,
        unit: unit.id,
        abstract: '尚未发布的摘要。',
        sections: { background: plainTextToLexical('尚未发布的背景。') },
        contactPhone: '13900001111',
        _status: 'draft',
      },
    })
    draftId = draft.id
    publishedSlug = (await payload.find({ collection: 'cases', limit: 1, where: { _status: { equals: 'published' } } })).docs[0]!.slug!
  }, 180_000)
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await closePayload(payload)
  })

  it('refuses anonymous readers and shows nothing of the draft', async () => {
    const res = await fetch(`${base}${casePreviewUrl(draftId)}`)
    expect(res.status).toBe(401)
    const html = await res.text()
    expect(html).toContain('草稿预览仅供编辑使用')
    expect(html).not.toContain(DRAFT)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses a forged or expired token', async () => {
    const res = await fetch(`${base}${casePreviewUrl(draftId)}`, { headers: { Cookie: 'payload-token=not-a-real-token' } })
    expect(res.status).toBe(401)
    expect(await res.text()).not.toContain(DRAFT)
  })

  it('renders the draft as the site will show it for a logged-in editor (admin cookie)', async () => {
    // As a browser following the admin's preview button sends it (the cookie counts only from the admin's site: CSRF).
    const res = await fetch(`${base}${casePreviewUrl(draftId)}`, { headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-site' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(`<h1`)
    expect(html).toContain(DRAFT)
    expect(html).toContain('一、背景描述')
    expect(html).toContain('草稿预览')
    expect(html).toContain('noindex')
    // Even an editor's preview is the public page: private fields stay out.
    expect(html).not.toContain('13900001111')
  })

  it('serves the static site and its 404 from the same server', async () => {
    const page = await fetch(`${base}${caseUrl(publishedSlug)}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<h1')
    const missing = await fetch(`${base}/cases/no-such-case/`)
    expect(missing.status).toBe(404)
  })
})
