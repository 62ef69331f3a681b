/**
 * The 汇编 as a book, read with the tools an office has: pdftotext for the
 * contents and their page numbers, zbarimg for every QR code, pdffonts for
 * embedding, and the PDF's own outline for bookmarks. The bundled collection,
 * one real build; and a build without a public address, which must refuse.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'

import { contentDir } from '../../cms/paths'
import { readContent } from '../../cms/seed/readContent'
import { caseUrl, huibianIndexUrl, huibianPdfUrl, huibianUrl } from '../../cms/domain/urls'
import { buildSite, SiteBuildError } from '../../site/build/buildSite'
import { closePayload, seededPayload } from '../helpers/payload'
import { allFiles, buildTestSite, fileOf, page, testSiteUrl, tempWorkDir, type TestSite } from '../helpers/site'

const content = readContent(contentDir)
const shijia = 'fuzhou-xinhuoshi-shijia-2024'
const published = [
  ['riqi-ceshi-yi', '2024-03-01'],
  ['riqi-ceshi-er', '2024-06-15'],
] as const
const projects = 'jinhua-chuangxin-xiangmu-2017'
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
const squeeze = (s: string) => s.replace(/[\s\u2060]+/g, '')

/** The text of each page, in order (pdftotext separates pages with a form feed). */
const pagesOf = (pdf: string) => run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1)

/** The titles of the PDF's outline (bookmarks): Typst writes them as UTF-16 strings. */
function outlineTitles(pdf: string): string[] {
  const objects = fs.readFileSync(pdf).toString('latin1').split('endobj')
  return objects
    .filter((o) => o.includes('/Parent'))
    .map((o) => /\/Title\s*<([0-9A-Fa-f]+)>/.exec(o)?.[1])
    .filter((hex) => hex !== undefined)
    .map((hex) =>
      Buffer.from(hex, 'hex')
        .swap16()
        .toString('utf16le')
        .replace(/^\uFEFF/, ''),
    )
}

/**
 * Every page from the cover on, in order, is numbered 1, 2, …; every page of a
 * case is headed by the 汇编's title and that case's title (a loose page says
 * where it belongs). `titles` are the book's cases, in any order.
 */
function expectRunningHeads(pdf: string, titles: string[]) {
  const pages = pagesOf(pdf)
  const bookTitle = squeeze(/Title:\s+(.+)/.exec(run('pdfinfo', [pdf]))![1]!)
  const printed = pages.map((text) => Number(/—\s*(\d+)\s*—\s*$/.exec(text.trim())?.[1] ?? NaN))
  expect(printed.slice(1)).toEqual(printed.slice(1).map((_, i) => i + 1))
  // The header is the page's first lines, up to the first blank one.
  const headOf = (text: string) => squeeze(text.replace(/^\s*\n/, '').split(/\n\s*\n/)[0]!)
  let current: string | undefined
  let headed = 0
  for (const [i, text] of pages.entries()) {
    const starting = i > 2 && text.includes('报送单位') ? titles.find((t) => squeeze(text).includes(squeeze(t))) : undefined
    current = starting ?? current
    if (!current) continue
    expect(headOf(text), `header of page ${printed[i]}`).toContain(bookTitle)
    expect(headOf(text), `header of page ${printed[i]}`).toContain(squeeze(current))
    headed += 1
  }
  expect(headed).toBeGreaterThanOrEqual(titles.length)
}

const casesOf = (campaign: string) =>
  content.cases.filter((e) => e.file.startsWith(`cases/${campaign}/`)).map((e) => ({ slug: e.slug, title: e.data.title as string }))

describe('the 汇编 PDF', () => {
  let payload: Payload
  let site: TestSite

  beforeAll(async () => {
    payload = await seededPayload()
    // Two cases an editor publishes on two different days (the clock faked for the CMS's own stamp).
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fujian-jizhihuo-2023' } }, overrideAccess: true })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1, overrideAccess: true })).docs[0]!
    vi.useFakeTimers({ toFake: ['Date'] })
    for (const [slug, day] of published) {
      vi.setSystemTime(new Date(`${day}T10:00:00+08:00`))
      await payload.create({
        collection: 'cases',
        data: {
          title: `日期测试${slug}`,
          slug,
          kind: 'case',
          campaign: campaign.id,
          unit: unit.id,
          abstract: '用于检验发布日期。',
          sections: { background: plainTextToLexical('用于检验发布日期的案例。') },
          _status: 'published',
        },
        overrideAccess: true,
      })
    }
    vi.useRealTimers()
    site = await buildTestSite()
  }, 240_000)

  afterAll(async () => {
    await closePayload(payload)
  })

  it('has a contents page whose page numbers are where each case starts', () => {
    const pdf = fileOf(site.dir, huibianPdfUrl(shijia))
    const pages = pagesOf(pdf)
    // The cover carries no page number; the others end with "— N —".
    const printed = pages.map((text) => Number(/—\s*(\d+)\s*—\s*$/.exec(text.trim())?.[1] ?? NaN))
    expect(printed[0]).toBeNaN()
    expect(printed.slice(1)).toEqual(printed.slice(1).map((_, i) => i + 1))
    const toc = pages.find((text) => squeeze(text).includes('目录'))!
    const lines = toc
      .split('\n')
      .map((l) => /^\s*(.+?)[\s·.\u2060]+(\d+)\s*$/.exec(l))
      .filter((m) => m !== null)
    const cases = casesOf(shijia)
    expect(cases.length).toBe(10)
    for (const kase of cases) {
      const line = lines.find((m) => squeeze(m[1]!) === squeeze(kase.title))
      expect(line, `TOC line for ${kase.title}`).toBeDefined()
      const at = printed.indexOf(Number(line![2]))
      expect(squeeze(pages[at]!), `page ${line![2]}`).toContain(squeeze(kase.title))
    }
  })

  it('heads every page of a case with the 汇编 and the case it belongs to, under page numbers', () => {
    for (const campaign of [shijia, projects])
      expectRunningHeads(
        fileOf(site.dir, huibianPdfUrl(campaign)),
        casesOf(campaign).map((c) => c.title),
      )
  })

  it('prints every QR code beside its case, decoding to the permalink on the configured origin', () => {
    const pdf = fileOf(site.dir, huibianPdfUrl(shijia))
    const pages = pagesOf(pdf)
    const titles = casesOf(shijia).map((c) => squeeze(c.title))
    // The pages where a case starts (its title, then its facts and QR code).
    const starts = pages.flatMap((text, i) => (i > 2 && titles.some((t) => squeeze(text).includes(t)) && text.includes('报送单位') ? [i + 1] : []))
    expect(starts.length).toBe(titles.length)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-qr-'))
    const decoded = starts.flatMap((n) => {
      run('pdftoppm', ['-r', '120', '-f', String(n), '-l', String(n), '-png', '-singlefile', pdf, path.join(dir, `p${n}`)])
      return run('zbarimg', ['-q', '--raw', path.join(dir, `p${n}.png`)])
        .trim()
        .split('\n')
    })
    expect(decoded.sort()).toEqual(
      casesOf(shijia)
        .map((c) => `${testSiteUrl}${caseUrl(c.slug)}`)
        .sort(),
    )
  }, 120_000)

  it('embeds every font, has a bookmark per case, and carries its title, author and language', () => {
    for (const campaign of [shijia, projects]) {
      const pdf = fileOf(site.dir, huibianPdfUrl(campaign))
      const fonts = run('pdffonts', [pdf]).trim().split('\n').slice(2)
      expect(fonts.length).toBeGreaterThan(0)
      for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes')
      const bookmarks = outlineTitles(pdf)
      for (const kase of casesOf(campaign)) expect(bookmarks).toContain(kase.title)
      const info = run('pdfinfo', [pdf])
      expect(info).toMatch(/Title:\s+\S/)
      expect(fs.readFileSync(pdf, 'latin1')).toContain('/Lang (zh-CN)')
    }
    const info = run('pdfinfo', [fileOf(site.dir, huibianPdfUrl(projects))])
    expect(info).toMatch(/Author:\s+中共金华市直属机关工作委员会/)
  })

  it('is linked from its 汇编 page with its true page count and size', () => {
    for (const campaign of [shijia, projects]) {
      const link = page(site.dir, huibianUrl(campaign)).querySelector(`a[href="${huibianPdfUrl(campaign)}"]`)!
      const pdf = fileOf(site.dir, huibianPdfUrl(campaign))
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1])
      expect(link.text).toMatch(new RegExp(`^下载 PDF（A4，${pages} 页，\\d+(\\.\\d)? (KB|MB)）$`))
    }
  })

  it('publishes no 汇编 without entries: no page, no PDF, no link, not in the sitemap', () => {
    const empty = content.campaigns.map((c) => c.slug).filter((slug) => casesOf(slug).length === 0)
    expect(empty.length).toBeGreaterThan(0)
    const index = page(site.dir, huibianIndexUrl())
    const sitemap = allFiles(site.dir)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n')
    for (const slug of empty) {
      expect(fs.existsSync(fileOf(site.dir, huibianUrl(slug))), slug).toBe(false)
      expect(fs.existsSync(fileOf(site.dir, huibianPdfUrl(slug))), slug).toBe(false)
      expect(index.querySelector(`a[href="${huibianUrl(slug)}"]`), slug).toBeNull()
      expect(sitemap).not.toContain(huibianUrl(slug))
    }
    for (const file of allFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/收录 0 项|共 0 项/)
    }
  })

  it('points nothing at localhost: not a page, feed, sitemap, data file or PDF link', () => {
    for (const file of allFiles(site.dir).filter((f) => /\.(html|xml|json|csv|txt|pdf)$/.test(f))) {
      expect(fs.readFileSync(file, 'latin1'), file).not.toMatch(/localhost|127\.0\.0\.1/)
    }
  })

  it('dates every case by its own publication, never by the build or the seed run', () => {
    const today = new Date().toISOString().slice(0, 10)
    const csv = parseCsv(fs.readFileSync(path.join(site.dir, 'data', 'cases.csv'), 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[]
    const dateOf = (title: string) => csv.find((row) => Object.values(row).includes(title))!['发布日期']
    // The bundled collection's sources give no day of publication: the date stays empty.
    expect(dateOf(casesOf(shijia)[0]!.title)).toBe('')
    expect(csv.map((row) => row['发布日期'])).not.toContain(today)
    expect(published.map(([slug]) => dateOf(`日期测试${slug}`))).toEqual(published.map(([, day]) => day))
    const rss = fs.readFileSync(path.join(site.dir, 'rss.xml'), 'utf8')
    for (const [slug, day] of published) {
      const item = rss.split('<item>').find((i) => i.includes(`/cases/${slug}/`))!
      expect(new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!).toISOString().slice(0, 10)).toBe(day)
      const ld = JSON.parse(page(site.dir, caseUrl(slug)).querySelector('script[type="application/ld+json"]')!.text)
      expect(ld.datePublished.slice(0, 10)).toBe(day)
    }
    const bundled = page(site.dir, caseUrl(casesOf(shijia)[0]!.slug))
    expect(JSON.parse(bundled.querySelector('script[type="application/ld+json"]')!.text).datePublished).toBeUndefined()
    expect(bundled.querySelector('#provenance ~ .dates, .dates')!.text).toMatch(/更新于：\d{4}-\d\d-\d\d/)
    expect(rss.split('<item>').filter((i) => i.includes(`/cases/${casesOf(shijia)[0]!.slug}/`))[0]).not.toContain('<pubDate>')
  })

  it('refuses to build without a public address, saying how to set one', async () => {
    const work = tempWorkDir('huibian-no-origin-')
    const error = await buildSite({ outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache'), env: { SITE_URL: '' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SiteBuildError)
    expect((error as SiteBuildError).step).toBe('public address')
    expect((error as SiteBuildError).hint).toContain('SITE_URL=https://')
    expect((error as SiteBuildError).hint).toContain('站点设置')
    const local = await buildSite({ outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache'), env: { SITE_URL: 'http://localhost:4321' } }).catch(
      (e: unknown) => e,
    )
    expect((local as SiteBuildError).message).toContain('local address')
    expect(fs.existsSync(path.join(work, 'dist'))).toBe(false)
  })

  it('typesets again only the book of the campaign whose case changed, and reuses the others byte for byte', async () => {
    const books = (dir: string) =>
      new Map(
        fs
          .readdirSync(path.join(dir, 'huibian'))
          .filter((f) => f.endsWith('.pdf'))
          .map((f) => [f, fs.readFileSync(path.join(dir, 'huibian', f))]),
      )
    const before = books(site.dir)
    expect(before.size).toBeGreaterThan(2)
    // The first build typeset every book and said so.
    const typesetFirst = site.log.filter((l) => l.includes('[book]'))
    expect(typesetFirst, typesetFirst.join('\n')).toHaveLength(before.size)
    const kase = (await payload.find({ collection: 'cases', where: { slug: { equals: casesOf(shijia)[0]!.slug } }, overrideAccess: true, depth: 0 })).docs[0]!
    await payload.update({ collection: 'cases', id: kase.id, data: { title: `${kase.title}（修订）`, _status: 'published' }, overrideAccess: true })
    const second = await buildTestSite({ outDir: site.outDir, cacheDir: path.join(path.dirname(site.outDir), 'cache') })
    const typeset = second.log.filter((l) => l.includes('[book]'))
    expect(typeset, typeset.join('\n')).toHaveLength(1)
    expect(typeset[0]).toContain('十佳案例汇编')
    const after = books(second.dir)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, pdf] of before) {
      if (file === `${shijia}.pdf`) expect(after.get(file)!.equals(pdf), file).toBe(false)
      else expect(after.get(file)!.equals(pdf), file).toBe(true)
    }
    expect(squeeze(pagesOf(fileOf(second.dir, huibianPdfUrl(shijia))).join(''))).toContain(squeeze(`${kase.title}（修订）`))
    // The book typeset again is still a book: its page numbers and running heads name the revised case.
    expectRunningHeads(
      fileOf(second.dir, huibianPdfUrl(shijia)),
      casesOf(shijia).map((c) => (c.slug === kase.slug ? `${kase.title}（修订）` : c.title)),
    )
  }, 240_000)
})
