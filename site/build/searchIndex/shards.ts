/**
 * The search index is built in shards so that no process holds more than a
 * few hundred pages (Pagefind needs about 1.4 MB of memory per page: 14 GB for
 * 10,000 pages in one index), two at a time on two cores, and a shard whose
 * pages did not change is reused from the previous build. merge.ts then joins
 * the shards into one bundle.
 *
 * A shard holds pages of one year, in the index's page order (year, newest
 * first, then award rank, then URL), and is keyed by its records' content, so
 * a new or edited case changes the shards of its year only.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { tsxCli } from '../../../cms/paths'
import { yearOrder } from '../../lib/search/browseList'
import { sortKeys } from '../../lib/search/facets'
import type { SearchRecord } from '../../lib/search/record'
import { parentPidVariable } from '../leaveWithParent'
import type { ShardJob, WorkerMessage } from './indexShard'

/**
 * Pages per shard: about 0.3 GB for Pagefind. An edit re-indexes one shard, and Pagefind's writeFiles
 * grows faster than its pages: on the 1,000-case bench a shard of 170 pages took a fifth of the time
 * of one of 340 (3.9 against 21.5 s on a loaded machine), and a build from nothing took about as long.
 */
export const SHARD_PAGES = 200

/** Bump when what a shard holds changes (records, Pagefind options), so that cached shards are rebuilt. */
const SHARD_FORMAT = 3

/**
 * Pagefind's language for the index: one with neither word segmentation nor
 * stemming, so that the pair words (lib/search/tokens.ts) are indexed exactly
 * as written. The search page finds it as the site's only index.
 */
export const indexLanguage = 'und'

/** A searchable page as the planner sees it: its record, its sort keys as numbers, and a hash of the record. */
export type PlannedPage = { record: SearchRecord; url: string; year: number; award: number; hash: string }

export type Shard = { pages: PlannedPage[]; key: string; dir: string }

/** The records as the planner takes them; a record without numeric sort keys is refused. */
export function planPages(records: SearchRecord[]): PlannedPage[] {
  // Pagefind leaves a page without a sort key out of lists sorted by it.
  const missing = records.filter((r) => !/^\d+$/.test(r.sort[sortKeys.year] ?? '') || !/^\d+$/.test(r.sort[sortKeys.award] ?? ''))
  if (missing.length)
    throw new Error(
      `Searchable pages without numeric sort keys "${sortKeys.year}" and "${sortKeys.award}": ${missing
        .slice(0, 5)
        .map((r) => r.url)
        .join(', ')}`,
    )
  return records.map((record) => ({
    record,
    url: record.url,
    year: Number(record.sort[sortKeys.year]),
    award: Number(record.sort[sortKeys.award]),
    hash: createHash('sha1').update(JSON.stringify(record)).digest('base64url'),
  }))
}

// The page orders are the search page's too (its first view is painted in the index's order).
export { awardOrder, yearOrder } from '../../lib/search/browseList'

/** Shards in page order: each year's pages, cut into equal parts of at most SHARD_PAGES. */
export function planShards(pages: PlannedPage[], cacheDir: string, shardPages = SHARD_PAGES): Shard[] {
  const ordered = [...pages].sort(yearOrder)
  const shards: Shard[] = []
  for (let start = 0; start < ordered.length;) {
    let end = start
    while (end < ordered.length && ordered[end]!.year === ordered[start]!.year) end += 1
    const parts = Math.ceil((end - start) / shardPages)
    for (let part = 0; part < parts; part += 1) {
      const slice = ordered.slice(start + Math.floor(((end - start) * part) / parts), start + Math.floor(((end - start) * (part + 1)) / parts))
      const hash = createHash('sha1').update(`${SHARD_FORMAT} ${indexLanguage}\n`)
      for (const page of slice) hash.update(`${page.url} ${page.hash}\n`)
      const key = hash.digest('base64url').slice(0, 20)
      shards.push({ pages: slice, key, dir: path.join(cacheDir, key) })
    }
    start = end
  }
  return shards
}

const isBuilt = (shard: Shard) => fs.existsSync(path.join(shard.dir, '.complete'))

type ShardWorker = { send: (job: ShardJob) => Promise<WorkerMessage>; stop: () => void; alive: () => boolean }

/** A worker process: Node with tsx running indexShard.ts, jobs over IPC. */
function startWorker(): ShardWorker {
  const script = fileURLToPath(new URL('./indexShard.ts', import.meta.url))
  const child = spawn(process.execPath, [tsxCli, script], {
    env: { ...process.env, [parentPidVariable]: String(process.pid) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  let pending: { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void } | undefined
  let exited = false
  child.on('message', (message: WorkerMessage) => pending?.resolve(message))
  const fail = (error: Error) => pending?.reject(error)
  child.on('error', fail)
  child.on('exit', (code) => ((exited = true), fail(new Error(`A search-index worker stopped (exit ${code})`))))
  return {
    send: (job) =>
      new Promise<WorkerMessage>((resolve, reject) => {
        pending = { resolve, reject }
        child.send({ type: 'index', job })
      }),
    stop: () => {
      if (child.connected) child.send({ type: 'exit' })
    },
    alive: () => !exited && child.connected,
  }
}

/**
 * The worker processes, as many as there are cores (at most two). A
 * long-lived indexer keeps them from one build to the next (no Node, tsx and
 * Pagefind to start again for the one shard an edit changes); a worker that
 * stopped is replaced.
 */
export class ShardWorkers {
  private workers: ShardWorker[] = []

  readonly size = Math.max(1, Math.min(2, os.availableParallelism()))

  worker(slot: number): ShardWorker {
    const existing = this.workers[slot]
    if (existing?.alive()) return existing
    return (this.workers[slot] = startWorker())
  }

  close(): void {
    for (const worker of this.workers) worker.stop()
    this.workers = []
  }
}

/** Indexes the shards not built before on `workers` (new ones for this call unless given). */
export async function buildShards(shards: Shard[], log: (line: string) => void, workers?: ShardWorkers): Promise<{ built: number; reused: number }> {
  const todo = shards.filter((shard) => !isBuilt(shard))
  const pool = workers ?? new ShardWorkers()
  let next = 0
  const run = async (slot: number) => {
    const worker = pool.worker(slot)
    while (next < todo.length) {
      const shard = todo[next++]!
      const staging = `${shard.dir}.partial-${process.pid}`
      const reply = await worker.send({ records: shard.pages.map((page) => page.record), outputPath: staging, language: indexLanguage })
      if (reply.type === 'error') throw new Error(reply.message)
      fs.writeFileSync(path.join(staging, '.complete'), '')
      fs.rmSync(shard.dir, { recursive: true, force: true })
      fs.renameSync(staging, shard.dir)
      log(
        `  shard ${shards.indexOf(shard) + 1}/${shards.length}: ${reply.pages} pages in ${(reply.ms / 1000).toFixed(1)} s (add ${(reply.addMs / 1000).toFixed(1)} s)`,
      )
    }
  }
  const runs = Array.from({ length: Math.min(todo.length, pool.size) }, (_, slot) => run(slot))
  try {
    // The first failure stops the others from taking more shards.
    const settled = await Promise.allSettled(runs.map((r) => r.catch((error: Error) => ((next = todo.length), Promise.reject(error)))))
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (failed) throw failed.reason as Error
  } finally {
    if (!workers) pool.close()
  }
  return { built: todo.length, reused: shards.length - todo.length }
}

/** Beside the shards in their cache folder: the last merge's files (merge.ts, mergedFiles.ts). */
export const mergedFilesDir = '.merged'

/** Removes cached shards this build did not use (older than an hour: another build may be using them). */
export function pruneShards(cacheDir: string, used: Shard[]): void {
  if (!fs.existsSync(cacheDir)) return
  const keep = new Set([...used.map((s) => path.basename(s.dir)), mergedFilesDir])
  const hourAgo = Date.now() - 60 * 60 * 1000
  for (const name of fs.readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, name)
    if (!keep.has(name) && fs.statSync(dir).mtimeMs < hourAgo) fs.rmSync(dir, { recursive: true, force: true })
  }
}
