/**
 * The search worker (started by search.ts through searchClient.ts): Pagefind's
 * JS API and SearchEngine, off the page's main thread. Pagefind is loaded as
 * soon as the worker starts, with its own worker turned off (this is one).
 * A run keeps its full result list here; the page gets the count and one page
 * of ResultViews at a time, never the thousands of results of a common word.
 * @see https://pagefind.app/docs/api/
 */
import { loadResultView, SearchEngine, type PagefindApi, type SearchOutcome } from '../lib/search/engine'
import { resultsPerPage } from '../lib/search/state'
import type { RunAnswer, SearchAnswer, SearchRequest } from './searchClient'

const bundle = `${import.meta.env.BASE_URL}pagefind/`
const engine: Promise<SearchEngine> = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
  (pagefind: { createInstance: (options: object) => PagefindApi }) => new SearchEngine(pagefind.createInstance({ basePath: bundle, noWorker: true })),
)
// Failures are answered per request (below); this only keeps an early failure from being reported as unhandled.
engine.catch(() => {})

/** The newest run answered, whose results page() reads. */
let latest: { run: number; outcome: SearchOutcome } | undefined

const views = (outcome: SearchOutcome, from: number) =>
  Promise.all(outcome.results.slice(from, from + resultsPerPage).map((result) => loadResultView(result, outcome.terms)))

async function answer(request: SearchRequest, search: SearchEngine): Promise<unknown> {
  switch (request.kind) {
    case 'run': {
      const outcome = await search.run(request.state)
      if (!latest || latest.run < request.id) latest = { run: request.id, outcome }
      const answer: RunAnswer = { count: outcome.results.length, terms: outcome.terms, sort: outcome.sort, views: await views(outcome, 0) }
      return answer
    }
    case 'page':
      if (latest?.run !== request.run) throw new Error(`run ${request.run} is no longer the latest`)
      return views(latest.outcome, request.from)
    case 'counts':
      return search.facetCounts(request.state)
  }
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data
  const reply = (message: SearchAnswer) => self.postMessage(message)
  engine.then(
    (search) =>
      answer(request, search).then(
        (value) => reply({ id: request.id, value }),
        (error: unknown) => reply({ id: request.id, error: String(error), unavailable: false }),
      ),
    (error: unknown) => reply({ id: request.id, error: `Pagefind did not load: ${String(error)}`, unavailable: true }),
  )
})
