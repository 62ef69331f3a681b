/**
 * The search index: every searchable page's record (lib/search/record.ts,
 * built from the CMS data while Astro renders, see step.ts) goes to Pagefind
 * as a custom record whose words are character pairs (lib/search/tokens.ts);
 * the bundle is written to /pagefind/. Records are indexed in shards by
 * worker processes, and the shards merged into one bundle (shards.ts,
 * merge.ts): bounded memory, and an edit re-indexes only the shard of the
 * page it changed.
 * @see https://pagefind.app/docs/node-api/
 */
import fs from 'node:fs'
import path from 'node:path'

import { folderSize } from '../folderSize'
import { sortKeys } from '../../lib/search/facets'
import type { SearchRecord } from '../../lib/search/record'
import { mergeShards, type DecodedShards } from './merge'
import { pageRecordOf } from './pageRecord'
import { awardOrder, buildShards, mergedFilesDir, planPages, planShards, pruneShards, yearOrder, type ShardWorkers } from './shards'

/** Where the bundle goes, under the site root; the search page loads /pagefind/pagefind.js. */
export const pagefindDir = 'pagefind'

export type SearchIndexReport = {
  pages: number
  shards: number
  reused: number
  files: number
  bytes: number
  ms: number
  phases: Record<'plan' | 'shards' | 'merge', number>
}

export async function indexRecords(
  records: SearchRecord[],
  outputPath: string,
  options: { cacheDir: string; log?: (line: string) => void; shardPages?: number; workers?: ShardWorkers; decoded?: DecodedShards },
): Promise<SearchIndexReport> {
  const started = Date.now()
  if (!records.length) throw new Error('No page is searchable; the search index would be empty.')
  const shards = planShards(planPages(records), options.cacheDir, options.shardPages)
  const planned = Date.now()
  const { reused } = await buildShards(shards, options.log ?? (() => undefined), options.workers)
  const indexed = Date.now()

  // Merged page numbers follow the shards; each sort key lists them in its order.
  const number = new Map(shards.flatMap((s) => s.pages).map((page, i) => [page, i]))
  const order = (compare: typeof yearOrder) => [...number.keys()].sort(compare).map((page) => number.get(page)!)
  await mergeShards(shards, outputPath, {
    sorts: { [sortKeys.year]: order(yearOrder), [sortKeys.award]: order(awardOrder) },
    reuseDir: path.join(options.cacheDir, mergedFilesDir),
    decoded: options.decoded,
  })
  pruneShards(options.cacheDir, shards)
  const merged = Date.now()

  removeUnusedBundles(outputPath)
  const { files, bytes } = folderSize(outputPath)
  return {
    pages: records.length,
    shards: shards.length,
    reused,
    files,
    bytes,
    ms: Date.now() - started,
    phases: { plan: planned - started, shards: indexed - planned, merge: merged - indexed },
  }
}

/**
 * Records in the index's page order (newest year first, then award rank,
 * then URL), with each sort key as the record's place in its order: what the
 * index holds of them. For tests, which check the index against the pages.
 */
export function inIndexOrder(records: SearchRecord[]): SearchRecord[] {
  const pages = planPages(records)
  const awardPlace = new Map([...pages].sort(awardOrder).map((page, i) => [page, i]))
  return [...pages]
    .sort(yearOrder)
    .map((page, i) => ({ ...page.record, sort: { ...page.record.sort, [sortKeys.year]: String(i), [sortKeys.award]: String(awardPlace.get(page)) } }))
}

/** The searchable pages' records read back from a built site's HTML (data-pagefind-*), in the index's order. */
export const readRecords = (siteDir: string): SearchRecord[] => inIndexOrder(readPageRecords(siteDir))

/** The searchable pages' records as a built site's HTML marks them (data-pagefind-*). */
export function readPageRecords(siteDir: string): SearchRecord[] {
  const records: SearchRecord[] = []
  for (const file of htmlFiles(siteDir)) {
    const url = `/${path.relative(siteDir, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\.?\/$/, '/')
    const html = fs.readFileSync(file, 'utf8')
    const record = pageRecordOf(html, url)
    if (record) records.push(record)
    else if (html.includes('data-pagefind-body')) throw new Error(`${url} marks a searchable region (data-pagefind-body) that holds no text`)
  }
  return records
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
