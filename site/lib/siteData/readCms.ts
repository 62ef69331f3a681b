/**
 * The published collection read outside Astro: the site's own content loaders
 * (lib/payloadLoader.ts) run into memory instead of Astro's content store, so
 * a process beside `astro build` (the search index) gets exactly the entries
 * the pages get. Media entries keep their file path as `src` (Astro's image
 * pipeline is not run here).
 */
import { createHash } from 'node:crypto'

import type { Loader, LoaderContext } from 'astro/loaders'

import { cmsLoaders } from '../payloadLoader'
import type { CollectionEntries } from './collections'

export type MemoryEntry = { id: string; data: Record<string, unknown>; digest?: string }

/** One collection's entries and the loader's notes, as Astro's store and meta hold them. */
export type MemoryStore = { entries: Map<string, MemoryEntry>; meta: Map<string, string> }

/**
 * Stores kept from one read to the next (a long-lived process): the loaders
 * then read from the CMS only the documents saved since, as in Astro.
 */
export type CmsMemory = Map<string, MemoryStore>

/**
 * Runs one loader into an in-memory store: a fresh one, or `kept` from an
 * earlier run, which the loader brings up to date. `cacheDir` is where the
 * case loader keeps write-ups.
 */
export async function loadIntoMemory(
  name: string,
  loader: Loader,
  cacheDir: URL | { cacheDir: URL },
  kept: MemoryStore = { entries: new Map(), meta: new Map() },
  info: (line: string) => void = () => undefined,
): Promise<Map<string, MemoryEntry>> {
  const { entries, meta } = kept
  await loader.load({
    collection: name,
    // One config object for the loaders of one read, as Astro gives one sync's loaders (they share a listing of the cases by it).
    config: cacheDir instanceof URL ? { cacheDir } : cacheDir,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: MemoryEntry) => (entries.set(entry.id, entry), true),
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
    logger: { info, warn: () => undefined, error: () => undefined, debug: () => undefined },
  } as unknown as LoaderContext)
  return entries
}

/**
 * Every collection the site data needs, read as the content loaders read it
 * (into `memory`'s stores, when given). `info` gets what the loaders report (how many documents they read).
 */
export async function readCmsEntries(cacheDir: URL, memory?: CmsMemory, info?: (line: string) => void): Promise<CollectionEntries> {
  const names = Object.keys(cmsLoaders) as (keyof typeof cmsLoaders)[]
  const config = { cacheDir }
  // All at once, as Astro's content sync runs them.
  const loaded = await Promise.all(
    names.map(async (name) => {
      let kept = memory?.get(name)
      if (memory && !kept) memory.set(name, (kept = { entries: new Map(), meta: new Map() }))
      return [name, [...(await loadIntoMemory(name, cmsLoaders[name], config, kept, info)).values()].map((e) => e.data)] as const
    }),
  )
  return Object.fromEntries(loaded) as unknown as CollectionEntries
}
