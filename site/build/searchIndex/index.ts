/**
 * The search index: after `astro build`, every page with a searchable region
 * (data-pagefind-body) goes to Pagefind as a custom record whose words are
 * character pairs (lib/search/tokens.ts); the bundle is written to /pagefind/.
 * Pages are indexed in shards by worker processes, and the shards merged into
 * one bundle (shards.ts, merge.ts): bounded memory, both cores, and an edit
 * re-indexes only the shard of the page it changed.
 * @see https://pagefind.app/docs/node-api/
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BuildStep } from '../buildSite'
import { folderSize } from '../folderSize'
import { sortKeys } from '../../lib/search/facets'
import { mergeShards } from './merge'
import { pageRecordOf, type PageRecord } from './pageRecord'
import { awardOrder, buildShards, planShards, pruneShards, scanPages, yearOrder } from './shards'

/** Where the bundle goes, under the site root; the search page loads /pagefind/pagefind.js. */
export const pagefindDir = 'pagefind'

export type SearchIndexReport = {
  pages: number
  shards: number
  reused: number
  files: number
  bytes: number
  ms: number
  phases: Record<'scan' | 'shards' | 'merge', number>
}

export const searchIndexStep: BuildStep = {
  name: 'index the site for search (Pagefind)',
  run: async (ctx) => {
    const report = await indexSite(ctx.siteDir, { cacheDir: path.join(ctx.cacheDir, 'search-index'), log: ctx.log })
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    ctx.log(
      `  ${report.pages} pages indexed in ${report.shards} shard(s), ${report.reused} unchanged; ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB in /${pagefindDir}/ (scan ${s(report.phases.scan)}, index ${s(report.phases.shards)}, merge ${s(report.phases.merge)})`,
    )
  },
}

export async function indexSite(siteDir: string, options: { cacheDir: string; log?: (line: string) => void; shardPages?: number }): Promise<SearchIndexReport> {
  const started = Date.now()
  const outputPath = path.join(siteDir, pagefindDir)
  const pages = scanPages(siteDir, htmlFiles(siteDir))
  if (!pages.length) throw new Error('No page has a searchable region (data-pagefind-body); the search index would be empty.')
  const shards = planShards(pages, options.cacheDir, options.shardPages)
  const scanned = Date.now()
  const { reused } = await buildShards(shards, options.log ?? (() => undefined))
  const indexed = Date.now()

  // Merged page numbers follow the shards; each sort key lists them in its order.
  const number = new Map(shards.flatMap((s) => s.pages).map((page, i) => [page, i]))
  const order = (compare: typeof yearOrder) => [...number.keys()].sort(compare).map((page) => number.get(page)!)
  await mergeShards(shards, outputPath, { sorts: { [sortKeys.year]: order(yearOrder), [sortKeys.award]: order(awardOrder) } })
  pruneShards(options.cacheDir, shards)
  const merged = Date.now()

  removeUnusedBundles(outputPath)
  const { files, bytes } = folderSize(outputPath)
  return {
    pages: pages.length,
    shards: shards.length,
    reused,
    files,
    bytes,
    ms: Date.now() - started,
    phases: { scan: scanned - started, shards: indexed - scanned, merge: merged - indexed },
  }
}

/**
 * The searchable pages' records in the index's page order (newest year first,
 * then award rank, then URL), with each sort key as the page's place in its
 * order. For tests, which check the index against what the pages hold.
 */
export function readRecords(siteDir: string): PageRecord[] {
  const pages = scanPages(siteDir, htmlFiles(siteDir))
  const awardPlace = new Map([...pages].sort(awardOrder).map((page, i) => [page, i]))
  return [...pages].sort(yearOrder).map((page, i) => {
    const record = pageRecordOf(fs.readFileSync(page.file, 'utf8'), page.url)
    if (!record) throw new Error(`${page.url} marks a searchable region (data-pagefind-body) that holds no text`)
    return { ...record, sort: { ...record.sort, [sortKeys.year]: String(i), [sortKeys.award]: String(awardPlace.get(page)) } }
  })
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
