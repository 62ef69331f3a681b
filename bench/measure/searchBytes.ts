/**
 * Bytes a reader's browser downloads to search a built site: the search page
 * with its CSS and script, Pagefind's JS, WebAssembly and index files, the
 * fragments of the first page of results, and the filter files of the facet counts. Measured in Node by running the
 * page's own search code (SearchEngine) on the site's Pagefind bundle and
 * counting each file once, compressed as a static host sends it.
 * For `npm run bench` (issue 6); nothing here asserts a budget.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { parse } from 'node-html-parser'

import { loadResultView, SearchEngine } from '../../site/lib/search/engine'
import { openPagefind } from '../../test/helpers/nodePagefind'
import { resultsPerPage, stateFromParams } from '../../site/lib/search/state'

export type Transfer = { path: string; bytes: number }
export type TransferReport = { files: Transfer[]; bytes: number; results: number; ms: number }
/**
 * first: the page and its first answer (results and their fragments); facets:
 * what its facet counts add (every filter file: the page loads them after the
 * answer while the facets are in view); followUp: the next query's answer and
 * its counts, counting only files not loaded before.
 */
export type SearchBytes = { first: TransferReport; facets: TransferReport; followUp: TransferReport }

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt)$/

/** What a static host sends for a file: text gzip-compressed (nginx, Netlify, Pages…); Pagefind's files are gzip already. */
export function transferSize(pathname: string, body: Buffer): number {
  return TEXT.test(pathname) ? gzipSync(body).length : body.length
}

/**
 * A fresh browser opens /search/?<first> and gets its first page of results,
 * then the reader changes the query to <followUp> (URL query strings, e.g.
 * "q=网格&year=2024"). Each report lists the files fetched for that step.
 */
export async function measureSearchBytes(siteDir: string, first: string, followUp: string): Promise<SearchBytes> {
  const seen = new Set<string>()
  let step: Transfer[] = []
  const take = (pathname: string, body: Buffer) => {
    if (seen.has(pathname)) return
    seen.add(pathname)
    step.push({ path: pathname, bytes: transferSize(pathname, body) })
  }
  for (const asset of searchPageAssets(siteDir)) take(asset, fs.readFileSync(path.join(siteDir, asset)))

  const pagefind = await openPagefind(siteDir, (file) => take(file.path, file.body))
  try {
    const engine = new SearchEngine(pagefind.api)
    const measure = async (query: string, what: { answer: boolean; counts: boolean }): Promise<TransferReport> => {
      const started = Date.now()
      const state = stateFromParams(new URLSearchParams(query))
      const outcome = await engine.run(state)
      if (what.answer) await Promise.all(outcome.results.slice(0, resultsPerPage).map((r) => loadResultView(r, outcome.terms)))
      if (what.counts) await engine.facetCounts(state)
      const files = step
      step = []
      return { files, bytes: files.reduce((n, f) => n + f.bytes, 0), results: outcome.results.length, ms: Date.now() - started }
    }
    return {
      first: await measure(first, { answer: true, counts: false }),
      facets: await measure(first, { answer: false, counts: true }),
      followUp: await measure(followUp, { answer: true, counts: true }),
    }
  } finally {
    await pagefind.close()
  }
}

/** The search page and what it loads before searching: stylesheets, icon, its module script, that script's imports and worker, pagefind.js. */
export function searchPageAssets(siteDir: string): string[] {
  const page = '/search/index.html'
  const html = parse(fs.readFileSync(path.join(siteDir, page), 'utf8'))
  const assets = [page]
  for (const link of html.querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="modulepreload"]')) assets.push(link.getAttribute('href')!)
  const scripts = html.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!)
  while (scripts.length) {
    const script = scripts.shift()!
    if (assets.includes(script)) continue
    assets.push(script)
    const code = fs.readFileSync(path.join(siteDir, script), 'utf8')
    for (const [, target] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      scripts.push(path.posix.join(path.posix.dirname(script), target!))
    }
    // The search worker, as the bundler writes `new Worker(new URL(…))`: a path from the site root.
    for (const [, target] of code.matchAll(/new Worker\(new URL\(["'`]([^"'`]+\.js)["'`]/g)) scripts.push(target!)
  }
  assets.push('/pagefind/pagefind.js')
  return assets.filter((a) => a.startsWith('/') && fs.existsSync(path.join(siteDir, a)))
}
