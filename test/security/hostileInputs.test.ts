/**
 * Tries to break the system with hostile input (the table in hostileInputs.ts)
 * through the real REST API, the Local API and the 汇总表 importer, on this
 * file's own database. Each input is refused with a clear Chinese error and
 * leaves the database as it was, or is stored harmlessly. Then the site is
 * built once from everything that was stored, and the whole build output is
 * scanned: no executable injected content, no private value, no draft.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { parse as parseCsv } from 'csv-parse/sync'
import { parse, type HTMLElement } from 'node-html-parser'
import type { Payload } from 'payload'
import { chromium } from 'playwright-core'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'
import { mediaDir } from '../../cms/paths'
import { exportSummaryTable } from '../../cms/summaryTable/exportSummaryTable'
import { importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import { createSiteHandler } from '../../site/server/serveSite'
import { caseUrl, featureUrl, searchUrl } from '../../cms/domain/urls'
import { bootPayload, closePayload, createEditor } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { allFiles, buildTestSite, testSiteUrl, type TestSite } from '../helpers/site'
import { smallPng } from './hostileFiles'
import { hostileInputs, XSS, type Ctx, type Outcome, type UploadFile } from './hostileInputs'
import { chromiumPath } from '../helpers/browser'

// Private values and drafts planted beside the hostile input; none may reach the build.
const CANARY = 'CANARY9D2E'
const canary = {
  person: `${CANARY}-PERSON`,
  phone: '13900009d2e',
  remarks: `${CANARY}-REMARKS`,
  review: `${CANARY}-REVIEW`,
  secretary: `${CANARY}书记`,
  contact: `${CANARY}联系人`,
  email: 'canary9d2e@example.org',
  draftTitle: `${CANARY}草稿案例`,
  draftEdit: `${CANARY}未发布的修改`,
}
const versioned = ['cases', 'campaigns', 'features', 'brands'] as const
const collections = [...versioned, 'units', 'media', 'users'] as const

const messageOfBody = (body: any): string =>
  ((body?.errors ?? []) as any[])
    // A field's error is written `path: message`, so a case can say which field it must be on.
    .flatMap((e) => [e.message, ...((e.data?.errors ?? []) as any[]).map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))])
    .filter(Boolean)
    .join(' | ')

const failure = (error: unknown): Outcome => {
  const e = error as { status?: number; message?: string; data?: { errors?: { message: string }[] } }
  return { ok: false, status: e.status ?? 500, message: [e.message, ...(e.data?.errors ?? []).map((d) => d.message)].join(' | ') }
}

describe('hostile input, and the site built after it', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof createEditor>>
  let token: string
  let ctx: Ctx

  /** Everything a refused input must leave untouched: all documents, versions and stored files. */
  const snapshot = async () => {
    const state: Record<string, unknown> = {}
    for (const collection of collections) {
      state[collection] = (await payload.find({ collection, draft: true, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'id' })).docs
    }
    for (const collection of versioned) state[`${collection} versions`] = (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
    state.files = fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : []
    return state
  }

  beforeAll(async () => {
    payload = await bootPayload()
    editor = await createEditor(payload)
    token = await login(editor.email)
    const asAdmin = { overrideAccess: true } as const
    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        name: '安全测试征集活动',
        year: 2025,
        contacts: [{ name: canary.contact, phone: canary.phone, email: canary.email }],
        reviewNotes: canary.review,
        _status: 'published',
      },
      ...asAdmin,
    })
    const unit = await payload.create({
      collection: 'units',
      data: { name: '安全测试单位', contacts: [{ name: canary.contact, phone: canary.phone }] },
      ...asAdmin,
    })
    const brand = await payload.create({ collection: 'brands', data: { name: '安全测试品牌', unit: unit.id, _status: 'published' }, ...asAdmin })
    const png = await smallPng()
    const image = await payload.create({
      collection: 'media',
      data: { alt: '测试图片' },
      file: { data: png, mimetype: 'image/png', name: 'fixture.png', size: png.length },
      ...asAdmin,
    })
    const base = { kind: 'case' as const, campaign: campaign.id, unit: unit.id }
    const published = await payload.create({
      collection: 'cases',
      data: {
        ...base,
        title: '安全测试的公开案例',
        brand: brand.id,
        abstract: '公开摘要',
        contactPerson: canary.person,
        contactPhone: canary.phone,
        remarks: canary.remarks,
        reviewNotes: canary.review,
        site: { organisation: '测试党支部', secretary: { name: canary.secretary } },
        sections: { background: plainTextToLexical('公开的背景。') },
        _status: 'published',
      },
      ...asAdmin,
    })
    // A draft, and an unpublished edit over a published case.
    await payload.create({
      collection: 'cases',
      data: { ...base, title: canary.draftTitle, abstract: canary.draftTitle, _status: 'draft' },
      draft: true,
      ...asAdmin,
    })
    const edited = await payload.create({ collection: 'cases', data: { ...base, title: '安全测试的另一个公开案例', _status: 'published' }, ...asAdmin })
    await payload.update({ collection: 'cases', id: edited.id, data: { title: canary.draftEdit, _status: 'draft' }, draft: true, ...asAdmin })

    const asEditor = { user: editor, overrideAccess: false } as const
    const importForm = (file: { data: Buffer; name: string }) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ campaign: campaign.id, newUnitLevel: 'shizhi', newUnitRegion: '福州市' }))
      form.set('file', new Blob([new Uint8Array(file.data)]), file.name)
      return form
    }
    const uploadForm = (file: UploadFile, data: object) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify(data))
      form.set('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
      return form
    }
    const answer = (res: { status: number; body: any }, okStatus: number): Outcome =>
      res.status === okStatus
        ? { ok: true, doc: res.body.doc ?? res.body }
        : { ok: false, status: res.status, message: messageOfBody(res.body) || JSON.stringify(res.body) }
    const local = async (write: () => Promise<unknown>): Promise<Outcome> => {
      try {
        return { ok: true, doc: await write() }
      } catch (error) {
        return failure(error)
      }
    }
    ctx = {
      payload,
      refs: {
        campaign: campaign.id,
        unit: unit.id,
        brand: brand.id,
        publishedCase: published.id,
        publishedCaseSlug: published.slug!,
        image: image.id,
        imageFile: image.filename!,
        user: editor.id,
      },
      read: (collection, id) => payload.findByID({ collection: collection as 'cases', id, draft: true, depth: 0, overrideAccess: true }),
      rest: {
        create: async (collection, data, options) =>
          answer(await rest('POST', `/${collection}${options?.draft ? '?draft=true' : ''}`, { token, body: data }), 201),
        update: async (collection, id, data) => answer(await rest('PATCH', `/${collection}/${id}`, { token, body: data }), 200),
        upload: async (file, data) => {
          // Serialised first: a streamed FormData body breaks undici's stream when Payload stops reading at the size limit.
          const multipart = new Response(uploadForm(file, data))
          const body = new Uint8Array(await multipart.arrayBuffer())
          return answer(await rest('POST', '/media', { token, body, headers: { 'Content-Type': multipart.headers.get('content-type')! } }), 201)
        },
        importTable: async (file) => {
          const res = await rest('POST', '/cases/import-summary', { token, body: importForm(file) })
          if (res.status === 200) return { ok: true, doc: res.body }
          return { ok: false, status: res.status, message: ((res.body?.errors ?? []) as { message: string }[]).map((e) => e.message).join(' | ') }
        },
      },
      local: {
        create: (collection, data, options) =>
          local(() => payload.create({ collection: collection as 'cases', data: data as never, draft: options?.draft, ...asEditor })),
        update: (collection, id, data) => local(() => payload.update({ collection: collection as 'cases', id, data: data as never, ...asEditor })),
        upload: (file, data) =>
          local(() =>
            payload.create({
              collection: 'media',
              data: data as never,
              file: { data: file.data, mimetype: file.type, name: file.name, size: file.data.length },
              ...asEditor,
            }),
          ),
        importTable: async (file) => {
          const result = await importSummaryTable(payload, file, { campaign: campaign.id, user: editor, newUnitLevel: 'shizhi', newUnitRegion: '福州市' })
          return result.ok ? { ok: true, doc: result } : { ok: false, status: 400, message: result.errors.map((e) => e.message).join(' | ') }
        },
      },
    }
  }, 120_000)

  afterAll(() => closePayload(payload))

  it('tries at least 50 hostile inputs, of every kind the issue names', () => {
    expect(hostileInputs.length).toBeGreaterThanOrEqual(50)
    expect(new Set(hostileInputs.map((input) => input.name)).size).toBe(hostileInputs.length)
    expect(new Set(hostileInputs.map((input) => input.kind))).toEqual(new Set(['script', 'link', 'length', 'invisible', 'slug', 'upload', 'spreadsheet']))
    expect(new Set(hostileInputs.map((input) => input.via)).size).toBe(4)
  })

  describe('refused with a clear Chinese error, the database unchanged', () => {
    it.each(hostileInputs.filter((input) => input.expect === 'rejected'))('$via · $name', async (input) => {
      const before = await snapshot()
      const outcome = await input.run(ctx)
      expect(outcome.ok, 'was accepted').toBe(false)
      if (outcome.ok) return
      expect(outcome.status, outcome.message).toBeGreaterThanOrEqual(400)
      expect(outcome.status, outcome.message).toBeLessThan(500)
      expect(outcome.message).toMatch(input.message!)
      expect(await snapshot()).toEqual(before)
    })
  })

  describe('stored harmlessly', () => {
    it.each(hostileInputs.filter((input) => input.expect === 'stored'))('$via · $name', async (input) => {
      const outcome = await input.run(ctx)
      if (!outcome.ok) throw new Error(`refused (${outcome.status}): ${outcome.message}`)
      await input.check!(outcome.doc, ctx)
    })
  })

  it("neutralises formula cells in the editors' CSV and XLSX exports", async () => {
    const csv = await exportSummaryTable(payload, ctx.refs.campaign, 'csv', editor)
    const rows: string[][] = parseCsv(csv.body, { bom: true, relax_column_count: true })
    const xlsx = (await readXlsxFile((await exportSummaryTable(payload, ctx.refs.campaign, 'xlsx', editor)).body))[0]!.data
    for (const table of [rows, xlsx.map((row) => row.map((cell) => String(cell ?? '')))]) {
      const cells = table.slice(1).flat()
      expect(cells).toContain(`'=HYPERLINK("http://evil.example","点我")`)
      expect(cells).toContain(`'-1+2`)
      expect(cells).toContain(`'@SUM(A1:A9)`)
      expect(cells).toContain(`'=cmd|' /C calc'!A0`)
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    }
  })

  describe('the site built from what was stored', () => {
    let site: TestSite
    let pages: { file: string; where: string; html: string; root: HTMLElement }[]

    beforeAll(async () => {
      // One imported formula case goes public, so open data meets it too.
      const formula = (await payload.find({ collection: 'cases', where: { title: { like: 'HYPERLINK' } }, draft: true, overrideAccess: true })).docs[0]!
      await payload.update({ collection: 'cases', id: formula.id, data: { _status: 'published' }, overrideAccess: true })
      site = await buildTestSite()
      pages = allFiles(site.dir)
        .filter((file) => file.endsWith('.html'))
        .map((file) => {
          const html = fs.readFileSync(file, 'utf8')
          return { file, where: path.relative(site.dir, file), html, root: parse(html, { comment: true }) }
        })
    }, 180_000)

    it('shows the stored hostile text as text', () => {
      const shown = pages.filter((p) => p.root.text.includes(`alert("${XSS}")`))
      expect(shown.length).toBeGreaterThan(5)
      const kase = pages.find((p) => p.root.querySelector('h1')?.text === `案例标题<script>alert("${XSS}")</script>`)
      expect(kase, 'the case page with a script in its title').toBeDefined()
    })

    it('runs no injected script: no script elements but data, no event handlers, no script URLs, no frames', () => {
      const problems: string[] = []
      for (const { where, root } of pages) {
        const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''
        for (const script of root.querySelectorAll('script')) {
          const type = script.getAttribute('type')
          if (type === 'application/ld+json') {
            if (script.rawText.includes('<')) problems.push(`${where}: "<" inside JSON-LD`)
            try {
              JSON.parse(script.rawText)
            } catch {
              problems.push(`${where}: JSON-LD that is not JSON`)
            }
          } else if (script.getAttribute('src')) {
            if (!script.getAttribute('src')!.startsWith('/')) problems.push(`${where}: script from another site ${script.getAttribute('src')}`)
          } else {
            const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`
            if (!policy.includes(hash)) problems.push(`${where}: inline script not allowed by the page's CSP: ${script.rawText.slice(0, 80)}`)
          }
        }
        for (const element of root.querySelectorAll('*')) {
          const tag = element.rawTagName?.toLowerCase()
          if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'style'].includes(tag)) problems.push(`${where}: <${tag}>`)
          for (const [name, value] of Object.entries(element.attributes)) {
            const attribute = name.toLowerCase()
            if (attribute.startsWith('on')) problems.push(`${where}: ${attribute}= on <${tag}>`)
            if (attribute === 'style') problems.push(`${where}: style= on <${tag}>`)
            if (['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'xlink:href', 'content'].includes(attribute)) {
              // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a scheme
              const squeezed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase()
              if (/^(javascript|data|vbscript):/.test(squeezed) || /(^|,)(javascript|vbscript):/.test(squeezed))
                problems.push(`${where}: ${attribute}="${value.slice(0, 60)}"`)
            }
          }
          if (tag === 'form' && !(element.getAttribute('action') ?? '/').startsWith('/')) problems.push(`${where}: form posting elsewhere`)
        }
      }
      expect(problems).toEqual([])
    })

    it('gives every link to another site rel="noopener noreferrer"', () => {
      const external = pages.flatMap(({ where, root }) =>
        root
          .querySelectorAll('a[href]')
          .filter((a) => /^https?:\/\//.test(a.getAttribute('href')!) && !a.getAttribute('href')!.startsWith(testSiteUrl))
          .map((a) => ({ where, href: a.getAttribute('href')!, rel: (a.getAttribute('rel') ?? '').split(/\s+/) })),
      )
      expect(external.length).toBeGreaterThan(0)
      expect(external.filter((a) => !a.rel.includes('noopener') || !a.rel.includes('noreferrer'))).toEqual([])
    })

    it('keeps markup out of the feeds and formulas out of open data', () => {
      const rss = fs.readFileSync(path.join(site.dir, 'rss.xml'), 'utf8')
      expect(rss).toContain(XSS)
      expect(rss).not.toMatch(/<script|<img|<svg|<iframe/i)
      const rows: string[][] = parseCsv(fs.readFileSync(path.join(site.dir, 'data', 'cases.csv')), { bom: true })
      const cells = rows.slice(1).flat()
      expect(cells).toContain(`'=HYPERLINK("http://evil.example","点我")`)
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    })

    it('lets no private value and no draft reach any file of the build', () => {
      const needles = [CANARY, CANARY.toLowerCase(), canary.phone, canary.email, '草稿链接', '导入<script>', '导入&lt;script', '隐形字符案例']
      const leaks: string[] = []
      for (const file of allFiles(site.outDir)) {
        const text = fs.readFileSync(file).toString('utf8')
        for (const needle of needles) if (text.includes(needle)) leaks.push(`${path.relative(site.outDir, file)}: ${needle}`)
      }
      expect(leaks).toEqual([])
    })

    it('has a Content-Security-Policy on every page and a _headers file for static hosts', () => {
      for (const { where, root } of pages) {
        const metas = root.querySelectorAll('meta[http-equiv="content-security-policy"]')
        expect(metas, where).toHaveLength(1)
        const policy = metas[0]!.getAttribute('content')!
        for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"])
          expect(policy, where).toContain(directive)
        expect(policy, where).toMatch(/script-src 'self'[^;]*;/)
        expect(policy, where).toMatch(/style-src 'self'[^;]*;/)
        expect(policy, where).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/)
        expect(policy.includes("'wasm-unsafe-eval'"), where).toBe(`/${where}` === `${searchUrl()}index.html`)
      }
      const headers = fs.readFileSync(path.join(site.dir, '_headers'), 'utf8')
      expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'\n/)
      expect(headers).toContain('  X-Content-Type-Options: nosniff')
    })

    it.skipIf(!fs.existsSync(chromiumPath))(
      'runs in a browser with no CSP violation and no script of ours blocked or injected',
      async () => {
        const server = http.createServer(createSiteHandler(site.outDir))
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
        const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
        const browser = await chromium.launch({ executablePath: chromiumPath })
        const hostileCase = (await payload.find({ collection: 'cases', where: { title: { like: '案例标题<script>' } }, overrideAccess: true })).docs[0]!
        const feature = (await payload.find({ collection: 'features', limit: 1, overrideAccess: true })).docs[0]!
        const problems: string[] = []
        try {
          // The search with a query starts the search worker, which runs under the headers' policy, not the page's <meta>.
          const search = `${searchUrl()}?q=${encodeURIComponent('党建')}`
          for (const url of ['/', caseUrl(hostileCase), featureUrl(feature), searchUrl(), search, '/no-such-page/']) {
            const tab = await browser.newPage()
            tab.on('dialog', (dialog) => {
              problems.push(`${url}: a dialog opened: ${dialog.message()}`)
              void dialog.dismiss()
            })
            await tab.exposeFunction('reportViolation', (text: string) => problems.push(`${url}: ${text}`))
            await tab.addInitScript(() =>
              document.addEventListener('securitypolicyviolation', (e) =>
                (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} blocked ${e.blockedURI}`),
              ),
            )
            const response = await tab.goto(`${base}${url}`, { waitUntil: 'load' })
            expect(response!.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'")
            expect(response!.headers()['x-content-type-options'], url).toBe('nosniff')
            if (url === search) await expect.poll(() => tab.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/^(找到|没有找到)/)
            await tab.waitForTimeout(200)
            await tab.close()
          }
        } finally {
          await browser.close()
          await new Promise((resolve) => server.close(resolve))
        }
        expect(problems).toEqual([])
      },
      60_000,
    )
  })
})
