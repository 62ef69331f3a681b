/**
 * The search relevance set (queries.json) against the real index of the
 * bundled collection: the site built once through the pipeline, then the
 * search page's own code (SearchEngine) run in Node on the built Pagefind
 * bundle. Precision and recall must both be 1.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentDir } from '../../cms/paths'
import { readContent } from '../../cms/seed/readContent'
import { indexRecords, inIndexOrder, readPageRecords, readRecords } from '../../site/build/searchIndex'
import { readSearchRecords } from '../../site/build/searchIndex/searchRecords'
import { DecodedShards } from '../../site/build/searchIndex/merge'
import { indexLanguage } from '../../site/build/searchIndex/shards'
import type { PageRecord } from '../../site/build/searchIndex/pageRecord'
import { loadResultView, SearchEngine, type PagefindResult } from '../../site/lib/search/engine'
import { leadMetaKey, leadText } from '../../site/lib/search/excerpt'
import { facetKeys, type FacetKey } from '../../site/lib/search/facets'
import { measureSearchBytes } from '../../bench/measure/searchBytes'
import { openPagefind, type NodePagefind } from '../helpers/nodePagefind'
import type { SearchState } from '../../site/lib/search/state'
import { containsAllTerms, searchForm, queryTerms } from '../../site/lib/search/text'
import { indexContent, toMetaValue } from '../../site/lib/search/tokens'
import { brandUrl, caseUrl } from '../../cms/domain/urls'
import { closePayload } from '../helpers/payload'
import { fingerprint, seededSite, page, testSiteUrl, type TestSite } from '../helpers/site'

type Query = { q: string; why: string; expect: string[] }
const relevanceSet = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'queries.json'), 'utf8')) as { queries: Query[] }
const content = readContent(contentDir)

let payload: Payload | undefined
let site: TestSite
let records: PageRecord[]

beforeAll(async () => {
  ;({ payload, site } = await seededSite())
  records = readRecords(site.dir)
}, 240_000)

afterAll(async () => {
  await closePayload(payload)
})

/** The pages whose indexed text contains every term: what the search must return. */
function truth(q: string, selection: SearchState['filters'] = {}): PageRecord[] {
  const terms = queryTerms(q)
  return records.filter(
    (r) =>
      containsAllTerms(r.blocks.join('\n'), terms) &&
      facetKeys.every((key) => !selection[key]?.length || selection[key]!.some((v) => r.filters[key]?.includes(v))),
  )
}

const urlsOf = async (results: PagefindResult[]) => Promise.all(results.map(async (r) => (await r.data()).url))

describe('the search index', () => {
  it('holds every case and brand page, and only those', () => {
    const expected = [...content.cases.map((c) => caseUrl(c.slug)), ...content.brands.map((b) => brandUrl(b.slug))].sort()
    expect(records.map((r) => r.url).sort()).toEqual(expected)
  })

  it("holds what a reader searches on a case page, and not the page's labels, headings or links", () => {
    const entry = content.cases.find((c) => c.slug === 'tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi')!
    const text = records.find((r) => r.url === caseUrl(entry.slug))!.blocks.join('\n')
    expect(text.split('\n')[0]).toBe(searchForm(entry.data.title as string))
    expect(text).toContain(searchForm(entry.data.abstract as string))
    for (const part of entry.body.split(/^##\s+.+$/m).slice(1)) {
      const first = part
        .trim()
        .split(/\n\s*\n/)[0]!
        .replace(/\*\*/g, '')
        .trim()
      expect(text).toContain(searchForm(first))
    }
    expect(text).toContain('中共福州市委市直机关工作委员会')
    expect(text).toContain('在全省双拥工作会议上作创新工作经验交流（2024年4月）')
    for (const boilerplate of ['申报单位', '背景描述', '具体做法', '所获荣誉', '国家级', '出处', '引用', '相关案例', '检索', '首页']) {
      expect(text, boilerplate).not.toContain(boilerplate)
    }
  })

  it('gives every searchable page its facets and sort keys', () => {
    for (const record of records) {
      expect(record.filters.kind, record.url).toHaveLength(1)
      expect(record.meta.title, record.url).toBeTruthy()
      expect(record.meta.unit, record.url).toBeTruthy()
      if (record.url.startsWith('/cases/')) {
        for (const key of ['year', 'campaign', 'region', 'level'] as const) expect(record.filters[key], `${record.url} ${key}`).toHaveLength(1)
      }
    }
  })

  it('offers on the search page exactly the facet values the index holds', () => {
    const html = page(site.dir, '/search/')
    for (const key of facetKeys) {
      const offered = html.querySelectorAll(`input[name="${key}"]`).map((i) => i.getAttribute('value'))
      const indexed = [...new Set(records.flatMap((r) => r.filters[key] ?? []))]
      expect(offered.sort(), key).toEqual(indexed.sort())
    }
  })
})

describe('the relevance set', () => {
  let pagefind: NodePagefind
  let engine: SearchEngine

  beforeAll(async () => {
    pagefind = await openPagefind(site.dir)
    engine = new SearchEngine(pagefind.api)
  })
  afterAll(async () => {
    await pagefind?.close()
  })

  it('has at least 30 queries, each with the pages the content holds', () => {
    expect(relevanceSet.queries.length).toBeGreaterThanOrEqual(30)
    for (const query of relevanceSet.queries) {
      expect(
        truth(query.q)
          .map((r) => r.url)
          .sort(),
        query.q,
      ).toEqual([...query.expect].sort())
    }
  })

  it('returns exactly the expected pages for every query: precision 1, recall 1', async () => {
    let found = 0
    let relevant = 0
    let correct = 0
    const wrong: string[] = []
    for (const query of relevanceSet.queries) {
      const outcome = await engine.run({ q: query.q, filters: {} })
      const urls = await urlsOf(outcome.results)
      const hits = urls.filter((u) => query.expect.includes(u))
      found += urls.length
      relevant += query.expect.length
      correct += hits.length
      if (hits.length !== urls.length || hits.length !== query.expect.length || new Set(urls).size !== urls.length) {
        wrong.push(`${query.q}: got ${urls.join(' ')}; expected ${query.expect.join(' ')}`)
      }
    }
    const precision = found ? correct / found : 1
    const recall = relevant ? correct / relevant : 1
    console.log(
      `relevance set: ${relevanceSet.queries.length} queries, ${relevant} relevant results, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    )
    expect(wrong).toEqual([])
    expect(precision).toBe(1)
    expect(recall).toBe(1)
  })

  it('shows every result with the query marked where its title or lead holds it, marks only on the query', async () => {
    let marked = 0
    for (const query of relevanceSet.queries) {
      const outcome = await engine.run({ q: query.q, filters: {} })
      for (const result of outcome.results) {
        const view = await loadResultView(result, outcome.terms)
        const record = records.find((r) => r.url === view.url)!
        const shown = [searchForm(record.meta.title!), leadText(record.meta[leadMetaKey] ?? '')].join('\n')
        const marks = [...view.title, ...view.excerpt].filter((p) => p.hit).map((p) => p.text)
        // The fragment holds the lead, not the whole text: a hit further down the page is found but not shown.
        if (outcome.terms.some((t) => shown.includes(t))) expect(marks.length, `${query.q} ${view.url}`).toBeGreaterThan(0)
        marked += marks.length ? 1 : 0
        for (const mark of marks)
          expect(
            outcome.terms.some((t) => mark.includes(t)),
            `${query.q}: ${mark}`,
          ).toBe(true)
      }
    }
    expect(marked).toBeGreaterThan(0)
  })

  it('counts facet values exactly, each facet ignoring its own selection', async () => {
    const cases: SearchState[] = [
      { q: '', filters: {} },
      // No query, one facet ticked: Pagefind's totalFilters are all 0 then, so the ticked facet must count otherwise.
      { q: '', filters: { year: ['2024'] } },
      { q: '', filters: { year: ['2024'], type: ['机关党建类'] } },
      { q: '党建', filters: { year: ['2024'] } },
      { q: '机关', filters: { kind: ['创新项目', '党建品牌'], type: ['制度机制类'] } },
      { q: '基层党建 网格', filters: {} },
      { q: '机关党员 制度', filters: { award: ['十佳案例'] } },
      // Terms without pages: nothing to count, whatever Pagefind makes of the other words.
      { q: '党建 XY', filters: {} },
      { q: '网鲸', filters: { year: ['2024'] } },
      { q: '鲸', filters: { kind: ['优秀案例'] } },
    ]
    for (const state of cases) {
      const outcome = await engine.run(state)
      const facetCounts = await engine.facetCounts(state)
      expect((await urlsOf(outcome.results)).sort(), state.q).toEqual(
        truth(state.q, state.filters)
          .map((r) => r.url)
          .sort(),
      )
      for (const key of facetKeys) {
        const others = { ...state.filters, [key]: [] }
        const expected: Record<string, number> = {}
        for (const record of truth(state.q, others)) for (const value of record.filters[key] ?? []) expected[value] = (expected[value] ?? 0) + 1
        const counted = Object.fromEntries(Object.entries(facetCounts[key as FacetKey]).filter(([, n]) => n > 0))
        expect(counted, `${JSON.stringify(state)} ${key}`).toEqual(expected)
      }
    }
  })

  it('lists the showcase newest year first then by award, or by award tier then year', async () => {
    const year = (url: string) => Number(records.find((r) => r.url === url)!.filters.year![0])
    const byYear = await urlsOf((await engine.run({ q: '', filters: {} })).results)
    expect(byYear).toHaveLength(records.length)
    const cases = byYear.filter((u) => u.startsWith('/cases/'))
    expect(cases.map(year)).toEqual(cases.map(year).sort((a, b) => b - a))
    const tier = (url: string) => records.find((r) => r.url === url)!.filters.award?.[0] ?? '~'
    const byAward = await urlsOf((await engine.run({ q: '', filters: {}, sort: 'award' })).results)
    expect(byAward.slice(0, 11).map(tier)).toEqual(Array(11).fill('十佳案例'))
    expect(await urlsOf((await engine.run({ q: '网格', filters: {}, sort: 'year' })).results)).toHaveLength(2)
  })
})

describe('bytes of a search', () => {
  /** The follow-up budget of issue 17: what the next query may fetch. */
  const followUpBudget = 30 * 1024

  it('measures a first and a follow-up query as a browser would fetch them', async () => {
    const bytes = await measureSearchBytes(site.dir, 'q=网格', 'q=网络')
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    console.log(`bundled site: first search ${kb(bytes.first.bytes)} (+ ${kb(bytes.facets.bytes)} facet counts), follow-up ${kb(bytes.followUp.bytes)}`)
    expect(bytes.first.results).toBe(2)
    expect(bytes.followUp.results).toBe(1)
    expect(bytes.first.files.map((f) => f.path)).toEqual(expect.arrayContaining(['/search/index.html', '/pagefind/pagefind.js']))
    expect(bytes.followUp.files.every((f) => f.path.startsWith('/pagefind/'))).toBe(true)
    // The first answer needs no filter file: the counts load them afterwards.
    expect(bytes.first.files.filter((f) => f.path.startsWith('/pagefind/filter/'))).toEqual([])
    expect(bytes.facets.files.length).toBeGreaterThan(0)
    expect(bytes.facets.files.every((f) => f.path.startsWith('/pagefind/filter/'))).toBe(true)
    // A fragment holds the lead, not the page's text as pair words (6 KB and more).
    for (const fragment of bytes.first.files.filter((f) => f.path.startsWith('/pagefind/fragment/'))) expect(fragment.bytes, fragment.path).toBeLessThan(1600)
    expect(bytes.followUp.bytes).toBeLessThanOrEqual(followUpBudget)
  })

  it('keeps a follow-up within the budget when a facet narrows a common word', async () => {
    const bytes = await measureSearchBytes(site.dir, 'q=党建', 'q=党建&year=2024')
    expect(bytes.followUp.results).toBe(truth('党建', { year: ['2024'] }).length)
    expect(bytes.followUp.bytes).toBeLessThanOrEqual(followUpBudget)
  })
})

describe("the search page's first view", () => {
  it('paints the browse list the engine gives without a query: its first page, its count and its facet counts', async () => {
    const html = page(site.dir, '/search/')
    const pagefind = await openPagefind(site.dir)
    try {
      const engine = new SearchEngine(pagefind.api)
      const state: SearchState = { q: '', filters: {} }
      const outcome = await engine.run(state)
      const list = html.querySelector('.search-list')!
      expect(Number(list.getAttribute('data-total'))).toBe(records.length)
      expect(html.querySelector('#search-status')!.text).toBe(`共 ${records.length} 条，按年度排列。`)
      const views = await Promise.all(outcome.results.slice(0, 10).map((r) => loadResultView(r, [])))
      expect(list.querySelectorAll('li h3 a').map((a) => a.getAttribute('href'))).toEqual(views.map((v) => v.url))
      expect(list.querySelectorAll('li h3 a').map((a) => a.text)).toEqual(views.map((v) => v.title.map((p) => p.text).join('')))
      expect(list.querySelectorAll('li .excerpt').map((p) => p.text)).toEqual(
        views.filter((v) => v.excerpt.length).map((v) => v.excerpt.map((p) => p.text).join('')),
      )
      const counts = await engine.facetCounts(state)
      for (const key of facetKeys) {
        for (const input of html.querySelectorAll(`input[name="${key}"]`)) {
          const value = input.getAttribute('value')!
          expect(input.parentNode!.querySelector('.count')!.text, `${key} ${value}`).toBe(`（${counts[key][value]}）`)
        }
      }
    } finally {
      await pagefind.close()
    }
  })
})

describe('the merged index', () => {
  const states: SearchState[] = [
    ...relevanceSet.queries.map((query) => ({ q: query.q, filters: {} })),
    ...relevanceSet.queries.map((query) => ({ q: query.q, filters: {}, sort: 'award' as const })),
    { q: '', filters: {} },
    { q: '', filters: {}, sort: 'award' },
    { q: '机关', filters: { kind: ['创新项目', '党建品牌'], type: ['制度机制类'] } },
    { q: '党建', filters: { year: ['2024'] }, sort: 'award' },
  ]
  // One bundle open at a time (nodePagefind stands in for fetch).
  const answers = async (dir: string) => {
    const pagefind = await openPagefind(dir)
    try {
      const engine = new SearchEngine(pagefind.api)
      const out: { state: string; urls: string[]; facetCounts: unknown }[] = []
      for (const state of states) {
        const outcome = await engine.run(state)
        out.push({ state: JSON.stringify(state), urls: await urlsOf(outcome.results), facetCounts: await engine.facetCounts(state) })
      }
      return out
    } finally {
      await pagefind.close()
    }
  }

  it("answers every query, facet count and order exactly as Pagefind's own single index of the same pages", async () => {
    // Pagefind's Node API indexes every record into one bundle, with the merge's page order and sort places.
    const single = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-single-index-'))
    fs.cpSync(site.dir, single, { recursive: true })
    const outputPath = path.join(single, 'pagefind')
    fs.rmSync(outputPath, { recursive: true, force: true })
    const pagefind = await import('pagefind')
    try {
      const { index, errors } = await pagefind.createIndex({ writePlayground: false })
      if (!index) throw new Error(errors.join('; '))
      for (const record of records) {
        const added = await index.addCustomRecord({
          url: record.url,
          content: indexContent(record.blocks),
          language: indexLanguage,
          meta: Object.fromEntries(Object.entries(record.meta).map(([key, value]) => [key, toMetaValue(value)])),
          filters: record.filters,
          sort: record.sort,
        })
        expect(added.errors).toEqual([])
      }
      expect((await index.writeFiles({ outputPath })).errors).toEqual([])
      await index.deleteIndex()
      const merged = await answers(site.dir)
      const own = await answers(single)
      for (const [i, answer] of own.entries()) expect(merged[i], answer.state).toEqual(answer)
      expect(own.find((a) => a.state === JSON.stringify({ q: '', filters: {} }))!.urls).toHaveLength(records.length)
    } finally {
      await pagefind.close()
      fs.rmSync(single, { recursive: true, force: true })
    }
  }, 120_000)

  it('is built from the CMS data with the records the pages mark, and answers as the index of the pages would', async () => {
    // The build indexes records made from the CMS data while Astro renders; the pages print their data-pagefind-* from the same functions.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-search-data-'))
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-html-index-'))
    try {
      const fromData = inIndexOrder(await readSearchRecords(scratch, testSiteUrl))
      expect(fromData.map((r) => r.url)).toEqual(records.map((r) => r.url))
      for (const [i, record] of fromData.entries()) expect(record, record.url).toEqual(records[i])
      // The index of the same pages built from their HTML, as the build did before.
      fs.cpSync(site.dir, copy, { recursive: true })
      await indexRecords(readPageRecords(copy), path.join(copy, 'pagefind'), { cacheDir: path.join(copy, '.shards') })
      const fromHtml = await answers(copy)
      const built = await answers(site.dir)
      for (const [i, answer] of fromHtml.entries()) expect(built[i], answer.state).toEqual(answer)
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true })
      fs.rmSync(copy, { recursive: true, force: true })
    }
  }, 120_000)

  it('merges the same bundle, byte for byte, from the shards a long-lived indexer kept decoded, after an edit', async () => {
    // Shards of 4 pages: an edit changes one of many, the rest come from what the last merge decoded.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-decoded-'))
    try {
      const pages = readPageRecords(site.dir)
      const edited = pages.map((r, i) => (i === 7 ? { ...r, blocks: [...r.blocks.slice(0, -1), `${r.blocks.at(-1)}编辑之后的新句子`] } : r))
      const cacheDir = path.join(work, 'shards')
      const decoded = new DecodedShards()
      await indexRecords(pages, path.join(work, 'first'), { cacheDir, shardPages: 4, decoded })
      // Between builds, as the resident indexer does once it has answered.
      await decoded.fill(() => true)
      const shards = decoded.size
      expect(shards).toBeGreaterThan(pages.length / 4)
      const report = await indexRecords(edited, path.join(work, 'kept'), { cacheDir, shardPages: 4, decoded })
      expect(report.shards - report.reused).toBe(1)
      // The merge took every unchanged shard from what was kept; the edited one is decoded after it.
      expect(decoded.size).toBe(shards - 1)
      await decoded.fill(() => true)
      expect(decoded.size).toBe(shards)
      await indexRecords(edited, path.join(work, 'fresh'), { cacheDir: path.join(work, 'fresh-shards'), shardPages: 4 })
      const kept = fingerprint(path.join(work, 'kept'))
      expect(Object.keys(kept).length).toBeGreaterThan(report.pages)
      expect(kept).toEqual(fingerprint(path.join(work, 'fresh')))
      expect(kept).not.toEqual(fingerprint(path.join(work, 'first')))
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }, 120_000)

  it('answers the same from many small shards as from one shard per year', async () => {
    // The bundled collection fits in one shard per year; cutting it into shards of 4
    // pages puts runs of one word, filters and sort lists across many shard seams.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-shards-'))
    fs.cpSync(site.dir, copy, { recursive: true })
    try {
      const report = await indexRecords(readPageRecords(copy), path.join(copy, 'pagefind'), { cacheDir: path.join(copy, '.shards'), shardPages: 4 })
      expect(report.shards).toBeGreaterThan(records.length / 4)
      const whole = await answers(site.dir)
      const sharded = await answers(copy)
      for (const [i, answer] of sharded.entries()) expect(answer, answer.state).toEqual(whole[i])
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  }, 120_000)
})
