/**
 * The search index: after `astro build`, every page with a searchable region
 * (data-pagefind-body) goes to Pagefind as a custom record whose words are
 * character pairs (lib/search/tokens.ts); the bundle is written to /pagefind/.
 * Create the index, add, check `errors`, write, close in `finally`.
 * @see https://pagefind.app/docs/node-api/
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BuildStep } from '../../build/buildSite'
import { sortKeys } from '../../lib/search/facets'
import { indexContent, toMetaValue } from '../../lib/search/tokens'
import { pageRecordOf, type PageRecord } from './pageRecord'

/** Where the bundle goes, under the site root; the search page loads /pagefind/pagefind.js. */
export const pagefindDir = 'pagefind'

/** Pagefind's own language code for the records: the index is named after it, and the page (zh-CN) picks it. */
const language = 'zh'

export type SearchIndexReport = { pages: number; files: number; bytes: number; ms: number }

export const searchIndexStep: BuildStep = {
  name: 'index the site for search (Pagefind)',
  run: async (ctx) => {
    const report = await indexSite(ctx.siteDir)
    ctx.log(`  ${report.pages} pages indexed, ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB in /${pagefindDir}/ (${(report.ms / 1000).toFixed(1)} s)`)
  },
}

export async function indexSite(siteDir: string): Promise<SearchIndexReport> {
  const started = Date.now()
  const outputPath = path.join(siteDir, pagefindDir)
  fs.rmSync(outputPath, { recursive: true, force: true })
  const records = readRecords(siteDir)
  if (!records.length) throw new Error('No page has a searchable region (data-pagefind-body); the search index would be empty.')

  // Loaded here: astro.config.mjs imports the build pipeline, and need not start Pagefind.
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({ writePlayground: false })
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: indexContent(record.blocks),
        language,
        meta: Object.fromEntries(Object.entries(record.meta).map(([key, value]) => [key, toMetaValue(value)])),
        filters: record.filters,
        sort: record.sort,
      })
      if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  removeUnusedBundles(outputPath)
  const files = fs.readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(f.parentPath, f.name)).size, 0)
  return { pages: records.length, files: files.length, bytes, ms: Date.now() - started }
}

/**
 * The searchable pages in the order they are indexed: newest year first, then
 * award rank, then URL. The order is the showcase's default list, and it
 * keeps Pagefind's filter and sort lists in runs that compress well.
 */
export function readRecords(siteDir: string): PageRecord[] {
  const records: PageRecord[] = []
  for (const file of htmlFiles(siteDir)) {
    const url = `/${path.relative(siteDir, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\.?\/$/, '/')
    const record = pageRecordOf(fs.readFileSync(file, 'utf8'), url)
    if (record) records.push(record)
  }
  // Pagefind leaves a page without a sort key out of lists sorted by it.
  for (const key of Object.values(sortKeys)) {
    const missing = records.filter((r) => !/^\d+$/.test(r.sort[key] ?? ''))
    if (missing.length) throw new Error(`Searchable pages without a numeric data-pagefind-sort "${key}": ${missing.slice(0, 5).map((r) => r.url).join(', ')}`)
  }
  return withTotalOrders(records)
}

/**
 * Pagefind sorts by one key and leaves ties in no set order, so each sort key
 * becomes the page's place in a total order: by year (newest first), then
 * award rank; by award rank, then year; then by URL. Both sort ascending.
 */
function withTotalOrders(records: PageRecord[]): PageRecord[] {
  const year = (r: PageRecord) => Number(r.sort[sortKeys.year])
  const award = (r: PageRecord) => Number(r.sort[sortKeys.award])
  const byUrl = (a: PageRecord, b: PageRecord) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
  const byAward = [...records].sort((a, b) => award(a) - award(b) || year(b) - year(a) || byUrl(a, b))
  const awardPlace = new Map(byAward.map((r, i) => [r, i]))
  const byYear = [...records].sort((a, b) => year(b) - year(a) || award(a) - award(b) || byUrl(a, b))
  return byYear.map((r, i) => ({ ...r, sort: { ...r.sort, [sortKeys.year]: String(i), [sortKeys.award]: String(awardPlace.get(r)) } }))
}

function htmlFiles(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => path.join(d.parentPath, d.name))
    .filter((file) => !file.startsWith(path.join(siteDir, pagefindDir) + path.sep))
}

/** The search page uses Pagefind's JS API only: its prebuilt UIs, highlighter and playground are not published. */
function removeUnusedBundles(outputPath: string) {
  const used = /^(pagefind\.js|pagefind-entry\.json|wasm\..+\.pagefind|pagefind\..+\.pf_meta|index|fragment|filter)$/
  for (const name of fs.readdirSync(outputPath)) {
    if (!used.test(name)) fs.rmSync(path.join(outputPath, name), { recursive: true, force: true })
  }
}
