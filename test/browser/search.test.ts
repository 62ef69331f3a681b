/**
 * The search page in Debian's Chromium (playwright-core), on the built site
 * served from its folder on localhost: type a query, apply two facets, keep
 * them in the URL across reload, Back and Forward, open a result.
 * CI installs Chromium (`apt-get install -y chromium`); there a missing
 * browser fails the test instead of skipping it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readRecords } from '../../site/build/searchIndex'
import { containsAllTerms, queryTerms } from '../../site/lib/search/text'
import { searchUrl } from '../../cms/domain/urls'
import { closePayload } from '../helpers/payload'
import { seededSite, serveDir, type TestSite } from '../helpers/site'
import { axeViolations, browserTestsRun, chromiumPath, screenshotDir } from '../helpers/browser'

// Two test files build and browse at once on two cores: give the page time, assert no speed.
const patience = { timeout: 20_000, interval: 100 }
const runs = browserTestsRun

describe.skipIf(!runs)('the search page in a browser', () => {
  let payload: Payload | undefined
  let site: TestSite
  let server: Awaited<ReturnType<typeof serveDir>> | undefined
  let context: BrowserContext | undefined
  let profile: string | undefined
  const problems: string[] = []

  beforeAll(async () => {
    if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}; CI installs it with apt-get install -y chromium.`)
    ;({ payload, site } = await seededSite())
    server = await serveDir(site.dir)
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    })
  }, 240_000)

  afterAll(async () => {
    await context?.close()
    await server?.close()
    if (profile) fs.rmSync(profile, { recursive: true, force: true })
    await closePayload(payload)
  })

  /** A tab that records script errors and CSP violations. */
  async function open(pathAndQuery: string, viewport?: { width: number; height: number }): Promise<Page> {
    const tab = await context!.newPage()
    if (viewport) await tab.setViewportSize(viewport)
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    await tab.goto(`${server!.url}${pathAndQuery}`)
    return tab
  }

  const status = (tab: Page) => tab.locator('#search-status')
  const titles = (tab: Page) => tab.locator('.search-list h3 a').allInnerTexts()
  const params = (tab: Page) => new URL(tab.url()).searchParams
  const expectedCount = (q: string, filters: Record<string, string>) =>
    readRecords(site.dir).filter(
      (r) => containsAllTerms(r.blocks.join('\n'), queryTerms(q)) && Object.entries(filters).every(([key, value]) => r.filters[key]?.includes(value)),
    ).length

  it('searches as the reader types, narrows by two facets, keeps the view in the URL, and opens a result', async () => {
    const tab = await open(searchUrl())
    await expect.poll(() => status(tab).textContent(), patience).toMatch(/^共 35 条/)

    await tab.getByLabel('关键词').pressSequentially('党建')
    await expect.poll(() => status(tab).textContent(), patience).toContain(`找到 ${expectedCount('党建', {})} 条包含“党建”的结果`)
    expect(params(tab).get('q')).toBe('党建')

    await tab.getByRole('group', { name: '年度' }).getByRole('checkbox', { name: /^2024/ }).check()
    await expect.poll(() => params(tab).getAll('year'), patience).toEqual(['2024'])
    await tab
      .getByRole('group', { name: '案例类型' })
      .getByRole('checkbox', { name: /^机关党建类/ })
      .check()
    await expect.poll(() => params(tab).getAll('type'), patience).toEqual(['机关党建类'])
    const both = expectedCount('党建', { year: '2024', type: '机关党建类' })
    await expect.poll(() => status(tab).textContent(), patience).toContain(`找到 ${both} 条`)
    const shown = await titles(tab)
    expect(shown).toHaveLength(both)
    // Each result marks the query, and marks nothing else.
    for (const item of await tab.locator('.search-list li').all()) {
      expect(await item.locator('mark').allInnerTexts()).toContain('党建')
    }

    await tab.reload()
    await expect.poll(() => status(tab).textContent(), patience).toContain(`找到 ${both} 条`)
    expect(await titles(tab)).toEqual(shown)
    expect(await tab.getByLabel('关键词').inputValue()).toBe('党建')
    expect(
      await tab
        .getByRole('group', { name: '案例类型' })
        .getByRole('checkbox', { name: /^机关党建类/ })
        .isChecked(),
    ).toBe(true)

    await tab.goBack()
    await expect.poll(() => params(tab).getAll('type'), patience).toEqual([])
    await expect.poll(() => status(tab).textContent(), patience).toContain(`找到 ${expectedCount('党建', { year: '2024' })} 条`)
    expect(
      await tab
        .getByRole('group', { name: '案例类型' })
        .getByRole('checkbox', { name: /^机关党建类/ })
        .isChecked(),
    ).toBe(false)
    await tab.goForward()
    await expect.poll(() => status(tab).textContent(), patience).toContain(`找到 ${both} 条`)
    expect(await titles(tab)).toEqual(shown)

    const first = tab.locator('.search-list h3 a').first()
    const title = await first.innerText()
    await first.click()
    await tab.waitForURL(/\/cases\/[^/]+\/$/)
    expect(await tab.locator('h1').innerText()).toBe(title)
    await tab.close()
  })

  it('counts a ticked facet as the pages it gives, with no query typed', async () => {
    const tab = await open(searchUrl())
    await expect.poll(() => status(tab).textContent(), patience).toMatch(/^共 35 条/)
    const years = tab.getByRole('group', { name: '年度' })
    const count = (year: string) => years.locator('li', { has: tab.locator(`input[value="${year}"]`) }).locator('.count')
    await years.getByRole('checkbox', { name: /^2024/ }).check()
    const only2024 = expectedCount('', { year: '2024' })
    await expect.poll(() => status(tab).textContent(), patience).toMatch(new RegExp(`^共 ${only2024} 条`))
    // The ticked year shows what it gives, the other years what ticking them adds: never (0).
    // Counts arrive after the results are painted.
    await expect.poll(() => count('2024').innerText(), patience).toBe(`（${only2024}）`)
    await expect.poll(() => count('2017').innerText(), patience).toBe(`（${expectedCount('', { year: '2017' })}）`)
    await tab.close()
  })

  it('finds 网络 without the pages that only share 网, from a shared link', async () => {
    const tab = await open(`${searchUrl()}?q=${encodeURIComponent('网络')}`)
    await expect.poll(() => status(tab).textContent(), patience).toContain('找到 1 条包含“网络”的结果')
    expect(await tab.locator('.search-list mark').allInnerTexts()).toEqual(expect.arrayContaining(['网络']))
    await tab.close()
  })

  it('runs Pagefind in a worker: the page itself loads none of its files', async () => {
    const tab = await open(`${searchUrl()}?q=${encodeURIComponent('党建')}`)
    await expect.poll(() => status(tab).textContent(), patience).toContain('条包含“党建”的结果')
    const loaded = (entries: string[]) => entries.map((url) => new URL(url).pathname).filter((p) => p.startsWith('/pagefind/'))
    const script = 'performance.getEntriesByType("resource").map((entry) => entry.name)'
    expect(loaded(await tab.evaluate<string[]>(script))).toEqual([])
    const [worker, ...others] = tab.workers()
    expect(others).toEqual([])
    expect(loaded(await worker!.evaluate<string[]>(script))).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/^\/pagefind\/wasm\./), expect.stringMatching(/^\/pagefind\/fragment\//)]),
    )
    await tab.close()
  })

  it('fits a 360 px screen, with the facets folded away', async () => {
    const tab = await open(`${searchUrl()}?q=${encodeURIComponent('网格')}`, { width: 360, height: 740 })
    await expect.poll(() => status(tab).textContent(), patience).toContain('找到 2 条')
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    expect(await tab.locator('details.search-facets').getAttribute('open')).toBeNull()
    await tab.close()
  })

  it('paints the browse list before the engine loads, and fetches nothing of Pagefind until the reader turns to the search box', async () => {
    const tab = await context!.newPage()
    const fetched: string[] = []
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await tab.goto(`${server!.url}${searchUrl()}`, { waitUntil: 'load' })
    expect(await status(tab).textContent()).toBe(`共 ${readRecords(site.dir).length} 条，按年度排列。`)
    expect(await titles(tab)).toHaveLength(10)
    expect(await tab.locator('.search-more').isVisible()).toBe(true)
    // Give the page time to fetch what it would; nothing of the search engine comes.
    await tab.waitForTimeout(1000)
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([])
    await tab.getByLabel('关键词').focus()
    await expect.poll(() => fetched.includes('/pagefind/pagefind.js'), patience).toBe(true)
    // 显示更多 continues the painted list with its second page.
    const painted = await titles(tab)
    await tab.locator('.search-more').click()
    await expect.poll(async () => (await titles(tab)).length, patience).toBe(20)
    expect((await titles(tab)).slice(0, 10)).toEqual(painted)
    await tab.close()
  })

  it('shows the first view without JavaScript, its form a plain GET form', async () => {
    const tab = await context!.newPage()
    const cdp = await context!.newCDPSession(tab)
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
    await tab.goto(`${server!.url}${searchUrl()}`, { waitUntil: 'load' })
    expect(await status(tab).textContent()).toMatch(/^共 35 条/)
    expect(await titles(tab)).toHaveLength(10)
    expect(await tab.locator('.search-list .excerpt').count()).toBeGreaterThan(0)
    expect(await tab.locator('.search-more').isVisible()).toBe(false)
    // The facets arrive folded; a reader opens them.
    await tab.locator('details.search-facets summary').click()
    const year = tab.getByRole('group', { name: '年度' }).locator('li', { has: tab.locator('input[value="2024"]') })
    expect(await year.locator('.count').innerText()).toBe(`（${expectedCount('', { year: '2024' })}）`)
    await tab.getByLabel('关键词').fill('网格')
    await tab.getByLabel('关键词').press('Enter')
    await tab.waitForURL(/\?q=/)
    expect(params(tab).get('q')).toBe('网格')
    await tab.close()
  })

  it('has no accessibility violations, painted or with results, at 360 px and on a wide screen', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
    const found: string[] = []
    try {
      for (const width of [360, 1280]) {
        for (const query of ['', `?q=${encodeURIComponent('党建')}`]) {
          // axe is injected as an inline script, which the page's CSP rightly blocks.
          const tab = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true })
          await tab.goto(`${server!.url}${searchUrl()}${query}`, { waitUntil: 'load' })
          await expect.poll(() => status(tab).textContent(), patience).toMatch(/^(共|找到)/)
          if (await tab.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) found.push(`${query} @${width}px: scrolls sideways`)
          await tab.screenshot({ path: path.join(screenshotDir, `search-${width}${query ? '-query' : ''}.png`), fullPage: false })
          for (const v of await axeViolations(tab)) found.push(`${query} @${width}px: ${v}`)
          await tab.close()
        }
      }
    } finally {
      await browser.close()
    }
    expect(found).toEqual([])
  })

  it('runs without script errors or policy violations', () => {
    expect(problems).toEqual([])
  })
})
