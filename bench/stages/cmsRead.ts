/**
 * Stage 2, run as its own process: the site's content loaders
 * (site/lib/payloadLoader.ts) read every published collection from the CMS,
 * as `astro build` has them do, into an in-memory store. Astro's own build
 * runs the same loaders; this stage times the read alone.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { closePayload } from '../../cms/openPayload'
import { mediaLoader, payloadLoader, sharedPayload, type PublicCollection } from '../../site/lib/payloadLoader'
import { loadIntoMemory } from '../../site/lib/siteData/readCms'
import { emit } from './protocol'

// The loader keeps case write-ups beside its store, in Astro's cache folder: a scratch one here.
const cacheDir = pathToFileURL(`${path.join(process.env.HUIBIAN_BENCH_SCRATCH ?? os.tmpdir(), `huibian-read-${process.pid}`)}/`)
const collections: PublicCollection[] = ['cases', 'campaigns', 'features', 'brands', 'units']
const counts: Record<string, number> = {}
const ms: Record<string, number> = {}
let jsonBytes = 0

for (const [name, loader] of [...collections.map((c) => [c, payloadLoader(c)] as const), ['media', mediaLoader()] as const]) {
  const started = performance.now()
  const entries = await loadIntoMemory(name, loader, cacheDir)
  ms[name] = Math.round(performance.now() - started)
  counts[name] = entries.size
  for (const entry of entries.values()) jsonBytes += JSON.stringify(entry.data).length
}
await closePayload(await sharedPayload())
fs.rmSync(cacheDir, { recursive: true, force: true })
emit({ result: { counts, collectionMs: ms, jsonBytes } })
process.exit(0)
