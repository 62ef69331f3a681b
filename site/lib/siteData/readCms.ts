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

/** Runs one loader into a fresh in-memory store. `cacheDir` is where the case loader keeps write-ups. */
export async function loadIntoMemory(name: string, loader: Loader, cacheDir: URL): Promise<Map<string, MemoryEntry>> {
  const entries = new Map<string, MemoryEntry>()
  const meta = new Map<string, string>()
  await loader.load({
    collection: name,
    config: { cacheDir },
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
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
  } as unknown as LoaderContext)
  return entries
}

/** Every collection the site data needs, read as the content loaders read it. */
export async function readCmsEntries(cacheDir: URL): Promise<CollectionEntries> {
  const names = Object.keys(cmsLoaders) as (keyof typeof cmsLoaders)[]
  // One after another, as Astro's content sync runs them.
  const entries = {} as Record<keyof typeof cmsLoaders, unknown[]>
  for (const name of names) entries[name] = [...(await loadIntoMemory(name, cmsLoaders[name], cacheDir)).values()].map((e) => e.data)
  return entries as CollectionEntries
}
