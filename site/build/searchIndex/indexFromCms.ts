/**
 * The search-index process that step.ts starts beside `astro build`: it reads
 * the CMS as the content loaders do, builds every searchable page's record
 * and indexes them into `--out` (shards cached in `--cache`). Progress goes
 * to stdout; the report, or the error, goes to the parent over IPC. By hand:
 * `npx tsx site/build/searchIndex/indexFromCms.ts --out … --cache … --scratch …`.
 *
 * With `--resident` it stays, for the warm builder: each `index` request is
 * one build, and what the process keeps between them (the open CMS, the
 * loaders' stores, the shard workers) makes an edit read one document and
 * index one shard.
 */
import { closePayload } from '../../../cms/openPayload'
import { leaveWithParent, parentPidVariable } from '../leaveWithParent'
import { sharedPayload } from '../../lib/payloadLoader'
import type { CmsMemory } from '../../lib/siteData/readCms'
import { indexRecords, type SearchIndexReport } from './index'
import { ShardWorkers } from './shards'
import { readSearchRecords } from './searchRecords'

export type IndexerMessage = { type: 'done'; report: SearchIndexReport & { readMs: number } } | { type: 'error'; message: string }

/** A resident indexer's progress comes over IPC, so that it arrives in order with the answer, and with the build it belongs to. */
export type IndexerProgress = { type: 'log'; line: string }

/** What a resident indexer is asked for: one build's folders, and the environment it builds in. */
export type IndexRequest = { type: 'index'; out: string; cache: string; scratch: string; env: Record<string, string | undefined> }

type Folders = Pick<IndexRequest, 'out' | 'cache' | 'scratch'>

async function indexFromCms(
  folders: Folders,
  say: (line: string) => void,
  kept?: { memory: CmsMemory; workers: ShardWorkers },
  afterRead: () => Promise<void> = async () => undefined,
): Promise<IndexerMessage> {
  const started = Date.now()
  let casesRead = ''
  const info = (line: string) => void (/published cases, \d+ read/.test(line) && (casesRead = `, ${line.replace(/ from the CMS.*/, '')}`))
  const records = await readSearchRecords(folders.scratch, undefined, kept?.memory, info)
  await afterRead()
  const readMs = Date.now() - started
  say(`  ${records.length} searchable pages' records built from the CMS data in ${(readMs / 1000).toFixed(1)} s${casesRead}`)
  const report = await indexRecords(records, folders.out, { cacheDir: folders.cache, log: say, workers: kept?.workers })
  return { type: 'done', report: { ...report, readMs } }
}

const send = (message: IndexerMessage) =>
  new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : (console.log(JSON.stringify(message)), resolve())))

const failure = (error: unknown): IndexerMessage => ({ type: 'error', message: (error as Error).stack ?? String(error) })

if (process.argv.includes('--resident')) {
  const kept = { memory: new Map() as CmsMemory, workers: new ShardWorkers() }
  const leave = (code: number) => (kept.workers.close(), process.exit(code))
  // The warm builder left (or died), or stopped this build (another step failed).
  leaveWithParent(Number(process.env[parentPidVariable]), () => leave(0))
  process.on('message', (request: IndexRequest) => {
    if (request.type !== 'index') return
    // The build's environment, exactly: nothing left over from the last one.
    for (const name of Object.keys(process.env)) if (!(name in request.env)) delete process.env[name]
    Object.assign(process.env, request.env)
    // A failed build may have left the loaders' stores half brought up to date: the next one reads everything.
    const say = (line: string) => process.send!({ type: 'log', line } satisfies IndexerProgress)
    void indexFromCms(request, say, kept)
      .catch((error: unknown) => (kept.memory.clear(), failure(error)))
      .then(send)
  })
} else {
  const arg = (name: string) => {
    const value = process.argv[process.argv.indexOf(name) + 1]
    if (!process.argv.includes(name) || !value) throw new Error(`indexFromCms.ts needs ${name} <folder>`)
    return value
  }
  try {
    const folders = { out: arg('--out'), cache: arg('--cache'), scratch: arg('--scratch') }
    const message = await indexFromCms(
      folders,
      (line) => console.log(line),
      undefined,
      async () => closePayload(await sharedPayload()),
    )
    // Run by hand (no parent), it prints the report instead.
    await send(message)
    process.exit(0)
  } catch (error) {
    await send(failure(error))
    process.exit(1)
  }
}
