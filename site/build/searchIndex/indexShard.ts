/**
 * A search-index worker process (started by shards.ts): for each job it has
 * Pagefind index the job's records into the job's folder. One Pagefind index at a time, so a worker's memory is bounded
 * by one shard's pages whatever the size of the site.
 */
import fs from 'node:fs'

import { leadMetaKey, leadText } from '../../lib/search/excerpt'
import type { SearchRecord } from '../../lib/search/record'
import { indexContent, toMetaValue } from '../../lib/search/tokens'
import { leaveWithParent, parentPidVariable } from '../leaveWithParent'
import { compactFragments } from './fragments'

export type ShardJob = { records: SearchRecord[]; outputPath: string; language: string }
export type WorkerMessage = { type: 'done'; pages: number; ms: number; addMs: number } | { type: 'error'; message: string }

async function indexShard(job: ShardJob): Promise<WorkerMessage> {
  const started = Date.now()
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({ writePlayground: false })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let addMs: number
  const leads = new Map<string, string>()
  try {
    for (const record of job.records) {
      const { [leadMetaKey]: lead, ...meta } = record.meta
      leads.set(record.url, leadText(lead ?? ''))
      // Sort keys are left out: the merge writes the site-wide orders.
      const added = await index.addCustomRecord({
        url: record.url,
        content: indexContent(record.blocks),
        language: job.language,
        meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, toMetaValue(value)])),
        filters: record.filters,
      })
      if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`)
    }
    addMs = Date.now() - started
    fs.rmSync(job.outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath: job.outputPath })
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`)
    compactFragments(job.outputPath, leads)
  } finally {
    await index.deleteIndex()
  }
  return { type: 'done', pages: job.records.length, ms: Date.now() - started, addMs }
}

process.on('message', (message: { type: 'index'; job: ShardJob } | { type: 'exit' }) => {
  if (message.type === 'exit') {
    void import('pagefind').then((pagefind) => pagefind.close()).finally(() => process.exit(0))
    return
  }
  indexShard(message.job).then(
    (reply) => process.send!(reply),
    (error: Error) => process.send!({ type: 'error', message: error.message } satisfies WorkerMessage),
  )
})

// The build stopped (another step failed, or the indexing process was killed): stop with it.
leaveWithParent(Number(process.env[parentPidVariable]), () => process.exit(1))
