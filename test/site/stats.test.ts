/**
 * The 统计 pages, overall and per campaign, on the bundled collection: every
 * number equals what a reader counts in the open data (/data/cases.json), the
 * CSV says the same, the charts are static SVG that the page's CSP allows, and
 * the pages pass axe and fit a 360 px screen.
 */
import fs from 'node:fs'
import path from 'node:path'

import { parse as parseCsv } from 'csv-parse/sync'
import type { HTMLElement } from 'node-html-parser'
import type { Payload } from 'payload'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignStatsCsvUrl, campaignStatsUrl, campaignUrl, statsCsvUrl, statsUrl } from '../../cms/domain/urls'
import { axeViolations, chromiumPath, screenshotDir } from '../helpers/browser'
import { closePayload } from '../helpers/payload'
import { seededSite, fileOf, page, serveDir, type TestSite } from '../helpers/site'

type OpenCase = Record<string, unknown>

/** A reader's own count of one open-data column: each value once per case, an empty cell as 未填写. */
function recount(cases: OpenCase[], column: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const c of cases) {
    const raw = c[column]
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => (v == null ? '' : String(v).trim())).filter(Boolean)
    for (const v of values.length ? new Set(values) : ['未填写']) counts[v] = (counts[v] ?? 0) + 1
  }
  return counts
}

/** What one 统计 page says: its headline numbers and, per table, its rows and total. */
function readStatsPage(root: HTMLElement) {
  const headline = Object.fromEntries(root.querySelectorAll('[data-headline]').map((e) => [e.getAttribute('data-headline')!, Number(e.text)]))
  const tables = Object.fromEntries(
    root.querySelectorAll('table[data-stat]').map((t) => [
      t.getAttribute('data-stat')!,
      {
        rows: Object.fromEntries(t.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th')!.text.trim(), Number(tr.querySelector('td')!.text)])),
        total: Number(t.querySelector('tfoot td')!.text),
      },
    ]),
  )
  return { headline, tables }
}

const distinct = (cases: OpenCase[], column: string) => new Set(cases.map((c) => c[column]).filter((v) => v !== '' && v != null)).size

describe('the 统计 pages', () => {
  let payload: Payload
  let site: TestSite
  let cases: OpenCase[]
  let campaignSlugs: string[]

  beforeAll(async () => {
    ;({ payload, site } = await seededSite())
    cases = (JSON.parse(fs.readFileSync(path.join(site.dir, 'data', 'cases.json'), 'utf8')) as { cases: OpenCase[] }).cases
    campaignSlugs = [...new Set(cases.map((c) => String(c.campaignSlug)))]
  })
  afterAll(async () => closePayload(payload))

  it('says, overall and for every campaign, exactly the counts of the open data', () => {
    const scopes = [
      { url: statsUrl(), cases, overall: true },
      ...campaignSlugs.map((slug) => ({ url: campaignStatsUrl(slug), cases: cases.filter((c) => c.campaignSlug === slug), overall: false })),
    ]
    expect(scopes.length).toBeGreaterThan(2)
    for (const scope of scopes) {
      const { headline, tables } = readStatsPage(page(site.dir, scope.url))
      expect(headline['条目'], scope.url).toBe(scope.cases.length)
      expect(headline['申报单位'], scope.url).toBe(distinct(scope.cases, 'unit'))
      expect(headline['地区'], scope.url).toBe(distinct(scope.cases, 'region'))
      if (scope.overall) expect(headline['征集评选活动']).toBe(campaignSlugs.length)
      // The dimensions the page counts; a column nobody filled in says nothing and is left out.
      const expected = ['region', 'kind', 'caseType', 'field', 'awardTier', 'adoptionLevel', ...(scope.overall ? ['year', 'campaign'] : [])].filter((column) =>
        scope.cases.some((c) => c[column] !== '' && c[column] != null),
      )
      expect(Object.keys(tables).sort(), scope.url).toEqual(expect.arrayContaining(expected.sort()))
      for (const [column, table] of Object.entries(tables)) {
        expect(table.rows, `${scope.url} ${column}`).toEqual(recount(scope.cases, column))
        expect(table.total, `${scope.url} ${column}`).toBe(scope.cases.length)
      }
    }
    // The bundled collection has cases from four years and several case types: the tables are not trivial.
    const overall = readStatsPage(page(site.dir, statsUrl()))
    expect(Object.keys(overall.tables.year!.rows).length).toBeGreaterThan(2)
    expect(Object.keys(overall.tables.caseType!.rows).length).toBeGreaterThan(2)
  })

  it('offers the same numbers as CSV beside each page', () => {
    for (const [pageUrl, csvUrl] of [[statsUrl(), statsCsvUrl()], ...campaignSlugs.map((s) => [campaignStatsUrl(s), campaignStatsCsvUrl(s)])] as const) {
      const root = page(site.dir, pageUrl)
      expect(root.querySelector(`a[href="${csvUrl}"]`), pageUrl).not.toBeNull()
      const csv = fs.readFileSync(fileOf(site.dir, csvUrl), 'utf8')
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const [header, ...rows] = parseCsv(csv.slice(1)) as string[][]
      expect(header).toEqual(['统计项', '取值', '条目数'])
      const fromPage = root.querySelectorAll('table[data-stat]').flatMap((t) => {
        const label = t.querySelector('thead th')!.text.trim()
        return [...t.querySelectorAll('tbody tr'), t.querySelector('tfoot tr')!].map((tr) => [
          label,
          tr.querySelector('th')!.text.trim(),
          tr.querySelector('td')!.text.trim(),
        ])
      })
      expect(rows, csvUrl).toEqual(fromPage)
    }
  })

  it('draws each table as a static SVG chart the page policy allows: no script, no inline style', () => {
    for (const url of [statsUrl(), campaignStatsUrl(campaignSlugs[0]!)]) {
      const root = page(site.dir, url)
      expect(root.querySelectorAll('script:not([type="application/ld+json"])'), url).toHaveLength(0)
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''
      expect(policy).toMatch(/style-src 'self'/)
      expect(policy).not.toMatch(/unsafe-inline/)
      for (const section of root.querySelectorAll('section.stat')) {
        const svg = section.querySelector('svg')!
        expect(svg.getAttribute('role')).toBe('img')
        expect(svg.getAttribute('aria-label')).toBeTruthy()
        expect(svg.querySelectorAll('[style], style, script')).toHaveLength(0)
        // One bar per row of the table beside it, and every row's label drawn (or cut short with …).
        const rows = section.querySelectorAll('tbody tr')
        expect(svg.querySelectorAll('path[fill="#9e1b1f"], path[fill="#8a939c"]')).toHaveLength(rows.length)
        const drawn = svg.querySelectorAll('text').map((t) => t.text)
        for (const tr of rows) {
          const label = tr.querySelector('th')!.text.trim()
          expect(
            drawn.some((d) => d === label || (d.endsWith('...') && label.startsWith(d.slice(0, -3)))),
            `${url}: ${label}`,
          ).toBe(true)
        }
      }
    }
  })

  it('is linked from every page and from each campaign, and listed in the sitemap', () => {
    const home = page(site.dir, '/')
    expect(home.querySelector(`nav[aria-label="主导航"] a[href="${statsUrl()}"]`)).not.toBeNull()
    expect(home.querySelector(`footer a[href="${statsUrl()}"]`)).not.toBeNull()
    for (const slug of campaignSlugs) expect(page(site.dir, campaignUrl(slug)).querySelector(`a[href="${campaignStatsUrl(slug)}"]`), slug).not.toBeNull()
    const sitemap = fs
      .readdirSync(site.dir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => fs.readFileSync(path.join(site.dir, f), 'utf8'))
      .join('')
    expect(sitemap).toContain(`${statsUrl()}</loc>`)
    for (const slug of campaignSlugs) expect(sitemap).toContain(`${campaignStatsUrl(slug)}</loc>`)
  })

  it('passes axe and fits a 360 px screen (screenshots in tmp/screenshots)', async () => {
    const server = await serveDir(site.dir)
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    fs.mkdirSync(screenshotDir, { recursive: true })
    const problems: string[] = []
    try {
      for (const url of [statsUrl(), campaignStatsUrl(campaignSlugs[0]!)]) {
        for (const width of [360, 1280]) {
          const tab = await browser.newPage({ viewport: { width, height: 900 } })
          const blocked: string[] = []
          tab.on('console', (m) => m.type() === 'error' && blocked.push(m.text()))
          await tab.goto(`${server.url}${url}`, { waitUntil: 'load' })
          if (await tab.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) problems.push(`${url} @${width}px: scrolls sideways`)
          for (const b of blocked) problems.push(`${url} @${width}px: ${b}`)
          await tab.screenshot({ path: path.join(screenshotDir, `stats${url.replace(/\W+/g, '-')}${width}.png`), fullPage: true })
          // axe is injected as an inline script, which the page's CSP rightly blocks: a second tab without it.
          const audit = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true })
          await audit.goto(`${server.url}${url}`, { waitUntil: 'load' })
          for (const v of await axeViolations(audit)) problems.push(`${url} @${width}px: ${v}`)
          await tab.close()
          await audit.close()
        }
      }
    } finally {
      await browser.close()
      await server.close()
    }
    expect(problems).toEqual([])
  }, 120_000)
})
