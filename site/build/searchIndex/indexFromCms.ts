/**
 * The search-index process that step.ts starts beside `astro build`: it reads
 * the CMS as the content loaders do, builds every searchable page's record
 * and indexes them into `--out` (shards cached in `--cache`). With `--books`,
 * it typesets the 汇编 PDFs from the same data meanwhile (site/build/books).
 * Progress goes to stdout; the report, or the error, goes to the parent over
 * IPC. By hand: `npx tsx site/build/searchIndex/indexFromCms.ts --out … --cache … --scratch …`.
 *
 * With `--resident` it stays, for the warm builder: each `index` request is
 * one build, and what the process keeps between them (the open CMS, the
 * loaders' stores, the shard workers, the shards' decoded words) makes an
 * edit read one document, index one shard and decode one shard.
 */
import { closePayload } from '../../../cms/openPayload'
import { leaveWithParent, parentPidVariable } from '../leaveWithParent'
import { sharedPayload } from '../../lib/payloadLoader'
import type { CmsMemory } from '../../lib/siteData/readCms'
import { stopTypesetting } from '../../lib/book/typesetBook'
import { typesetBooks, type BooksReport } from '../books/typesetBooks'
import { forgetCmsMemory, loadCmsMemory, saveCmsMemory } from './cmsMemoryFile'
import { indexRecords, type SearchIndexReport } from './index'
import { DecodedShards } from './merge'
import { ShardWorkers } from './shards'
import { readSiteData, searchRecordsOf } from './searchRecords'

export type IndexerMessage = { type: 'done'; report: SearchIndexReport & { readMs: number; books?: BooksReport } } | { type: 'error'; message: string }

/** A resident indexer's progress comes over IPC, so that it arrives in order with the answer, and with the build it belongs to. */
export type IndexerProgress = { type: 'log'; line: string }

/** What a resident indexer is asked for: one build's folders (`books`: where to announce its 汇编 PDFs, if it has them), and the environment it builds in. */
export type IndexRequest = { type: 'index'; out: string; cache: string; scratch: string; books?: string; env: Record<string, string | undefined> }

type Folders = Pick<IndexRequest, 'out' | 'cache' | 'scratch' | 'books'>

async function indexFromCms(
  folders: Folders,
  say: (line: string) => void,
  kept?: { memory: CmsMemory; workers: ShardWorkers; decoded: DecodedShards },
  afterRead: () => Promise<void> = async () => undefined,
): Promise<IndexerMessage> {
  const started = Date.now()
  let casesRead = ''
  const info = (line: string) => void (/published cases, \d+ read/.test(line) && (casesRead = `, ${line.replace(/ from the CMS.*/, '')}`))
  // A new process starts from what the last one read (cmsMemoryFile.ts).
  const memory = kept?.memory ?? (new Map() as CmsMemory)
  if (!memory.size) loadCmsMemory(folders.scratch, memory)
  try {
    const data = await readSiteData(folders.scratch, undefined, memory, info)
    // Started first: the typesetter takes the core that Astro's content sync and bundling leave.
    const books = folders.books === undefined ? undefined : typesetBooks(data, folders.books)
    // A failed book is reported below, after the index, like any failure of this process.
    books?.catch(() => undefined)
    const records = searchRecordsOf(data)
    await afterRead()
    const readMs = Date.now() - started
    say(`  ${records.length} searchable pages' records built from the CMS data in ${(readMs / 1000).toFixed(1)} s${casesRead}`)
    // Written while the shard workers index (this process only waits for them meanwhile; 2.3 MB at 1,000 cases, the write-ups are files of their own).
    // Only a speed-up, so never a failure.
    const saving = new Promise<void>((resolve) =>
      setTimeout(() => {
        try {
          saveCmsMemory(folders.scratch, memory)
        } catch (error) {
          say(`  the CMS data could not be kept for the next process (${(error as Error).message}); it will read everything`)
        }
        resolve()
      }, 50),
    )
    const report = await indexRecords(records, folders.out, { cacheDir: folders.cache, log: say, workers: kept?.workers, decoded: kept?.decoded })
    await saving
    return { type: 'done', report: { ...report, readMs, ...(books ? { books: await books } : {}) } }
  } catch (error) {
    forgetCmsMemory(folders.scratch)
    throw error
  }
}

const send = (message: IndexerMessage) =>
  new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : (console.log(JSON.stringify(message)), resolve())))

const failure = (error: unknown): IndexerMessage => ({ type: 'error', message: (error as Error).stack ?? String(error) })

// Stopped by the build (another step failed, or the warm builder closes): the book being laid out goes too.
process.once('SIGTERM', () => (stopTypesetting(), process.exit(143)))

if (process.argv.includes('--resident')) {
  const kept = { memory: new Map() as CmsMemory, workers: new ShardWorkers(), decoded: new DecodedShards() }
  let builds = 0
  const leave = (code: number) => (kept.workers.close(), stopTypesetting(), process.exit(code))
  // The warm builder left (or died), or stopped this build (another step failed).
  leaveWithParent(Number(process.env[parentPidVariable]), () => leave(0))
  process.on('message', (request: IndexRequest) => {
    if (request.type !== 'index') return
    // The build's environment, exactly: nothing left over from the last one.
    for (const name of Object.keys(process.env)) if (!(name in request.env)) delete process.env[name]
    Object.assign(process.env, request.env)
    // A failed build may have left the loaders' stores half brought up to date: the next one reads everything.
    const say = (line: string) => process.send!({ type: 'log', line } satisfies IndexerProgress)
    const build = (builds += 1)
    void indexFromCms(request, say, kept)
      .catch((error: unknown) => (kept.memory.clear(), failure(error)))
      .then(send)
      // Between builds: the shards this merge read from files, decoded for the next (stops when a build comes).
      .then(() => kept.decoded.fill(() => builds === build))
  })
} else {
  const arg = (name: string) => {
    const value = process.argv[process.argv.indexOf(name) + 1]
    if (!process.argv.includes(name) || !value) throw new Error(`indexFromCms.ts needs ${name} <folder>`)
    return value
  }
  try {
    const folders = {
      out: arg('--out'),
      cache: arg('--cache'),
      scratch: arg('--scratch'),
      books: process.argv.includes('--books') ? arg('--books') : undefined,
    }
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
