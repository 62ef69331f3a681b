/**
 * A built site's Pagefind bundle (dist/client/pagefind/pagefind.js) running in
 * Node, as the browser runs it: its fetches of /pagefind/… are answered from
 * the site folder. For the relevance test and the byte measurements.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { PagefindApi } from '../../site/lib/search/engine'

export type FetchedFile = { path: string; body: Buffer }

export type NodePagefind = { api: PagefindApi; close: () => Promise<void> }

let open = false

/**
 * Loads the bundle of `siteDir` with the options the search page uses.
 * `onFetch` sees every file Pagefind asks for. One at a time: it stands in for
 * the global fetch while open.
 */
export async function openPagefind(siteDir: string, onFetch?: (file: FetchedFile) => void): Promise<NodePagefind> {
  if (open) throw new Error('Another Pagefind bundle is open in this process; close it first.')
  open = true
  const realFetch = globalThis.fetch
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (!url.startsWith('/')) return realFetch(input, init)
    const pathname = decodeURIComponent(url.split(/[?#]/)[0]!)
    const file = path.join(siteDir, pathname)
    if (!file.startsWith(siteDir + path.sep) || !fs.existsSync(file)) return new Response('not found', { status: 404 })
    const body = fs.readFileSync(file)
    onFetch?.({ path: pathname, body })
    return new Response(body, { status: 200 })
  }) as typeof fetch
  try {
    const bundle = path.join(siteDir, 'pagefind', 'pagefind.js')
    // A query string makes each opening a fresh module, as a fresh page would have.
    const module = (await import(`${pathToFileURL(bundle).href}?open=${Date.now()}`)) as {
      createInstance: (options: object) => PagefindApi & { destroy?: () => Promise<void> }
    }
    const instance = module.createInstance({ basePath: '/pagefind/', noWorker: true })
    return {
      api: instance,
      close: async () => {
        await instance.destroy?.()
        globalThis.fetch = realFetch
        open = false
      },
    }
  } catch (error) {
    globalThis.fetch = realFetch
    open = false
    throw error
  }
}
