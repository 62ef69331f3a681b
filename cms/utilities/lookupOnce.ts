import type { PayloadRequest } from 'payload'

/**
 * Memoises a lookup for the rest of a request, when the request asks for it
 * with `context: { lookups: new Map() }`. Bulk writers (the seed, the
 * importer, the bench) save hundreds of documents that refer to the same few
 * campaigns and units; without it every save read them again. Only for
 * requests that do not change the documents they look up.
 */
export function lookupOnce<T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> {
  const cache = req.context.lookups
  if (!(cache instanceof Map)) return load()
  let found = cache.get(key) as Promise<T> | undefined
  if (!found) {
    found = load()
    cache.set(key, found)
  }
  return found
}
