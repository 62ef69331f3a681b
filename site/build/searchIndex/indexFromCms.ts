/**
 * The search-index process that step.ts starts beside `astro build`: it reads
 * the CMS as the content loaders do, builds every searchable page's record
 * and indexes them into `--out` (shards cached in `--cache`). Progress goes
 * to stdout; the report, or the error, goes to the parent over IPC. By hand:
 * `npx tsx site/build/searchIndex/indexFromCms.ts --out … --cache … --scratch …`.
 */
import { closePayload } from '../../../cms/openPayload'
import { sharedPayload } from '../../lib/payloadLoader'
import { indexRecords, type SearchIndexReport } from './index'
import { readSearchRecords } from './searchRecords'

export type IndexerMessage = { type: 'done'; report: SearchIndexReport & { readMs: number } } | { type: 'error'; message: string }

const arg = (name: string) => {
  const value = process.argv[process.argv.indexOf(name) + 1]
  if (!process.argv.includes(name) || !value) throw new Error(`indexFromCms.ts needs ${name} <folder>`)
  return value
}

// Run by hand (no parent), it prints the report instead.
const send = (message: IndexerMessage) =>
  new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : (console.log(JSON.stringify(message)), resolve())))

try {
  const started = Date.now()
  const records = await readSearchRecords(arg('--scratch'))
  await closePayload(await sharedPayload())
  const readMs = Date.now() - started
  console.log(`  ${records.length} searchable pages' records built from the CMS data in ${(readMs / 1000).toFixed(1)} s`)
  const report = await indexRecords(records, arg('--out'), { cacheDir: arg('--cache'), log: (line) => console.log(line) })
  await send({ type: 'done', report: { ...report, readMs } })
  process.exit(0)
} catch (error) {
  await send({ type: 'error', message: (error as Error).stack ?? String(error) })
  process.exit(1)
}
