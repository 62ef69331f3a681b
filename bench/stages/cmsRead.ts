/**
 * Stage 2, run as its own process: the site's content loaders
 * (site/lib/payloadLoader.ts) read every published collection from the CMS,
 * as `astro build` has them do, into an in-memory store. Astro's own build
 * runs the same loaders; this stage times the read alone.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { LoaderContext } from 'astro/loaders'

import { closePayload } from '../../cms/openPayload'
import { mediaLoader, payloadLoader, sharedPayload, type PublicCollection } from '../../site/lib/payloadLoader'
import { emit } from './protocol'

// The loader keeps case write-ups beside its store, in Astro's cache folder: a scratch one here.
const cacheDir = pathToFileURL(`${path.join(process.env.HUIBIAN_BENCH_SCRATCH ?? os.tmpdir(), `huibian-read-${process.pid}`)}/`)
const collections: PublicCollection[] = ['cases', 'campaigns', 'features', 'brands', 'units']
const counts: Record<string, number> = {}
const ms: Record<string, number> = {}
let jsonBytes = 0

for (const [name, loader] of [...collections.map((c) => [c, payloadLoader(c)] as const), ['media', mediaLoader()] as const]) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>()
  const meta = new Map<string, string>()
  const started = performance.now()
  await loader.load({
    collection: name,
    config: { cacheDir },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
      entries: () => [...entries.entries()],
      values: () => [...entries.values()],
      has: (id: string) => entries.has(id),
      clear: () => entries.clear(),
    },
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => void meta.set(k, v),
      has: (k: string) => meta.has(k),
      delete: (k: string) => void meta.delete(k),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
  } as unknown as LoaderContext)
  ms[name] = Math.round(performance.now() - started)
  counts[name] = entries.size
  for (const entry of entries.values()) jsonBytes += JSON.stringify(entry.data).length
}
await closePayload(await sharedPayload())
fs.rmSync(cacheDir, { recursive: true, force: true })
emit({ result: { counts, collectionMs: ms, jsonBytes } })
process.exit(0)
