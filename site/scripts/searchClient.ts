/**
 * The search page's side of the search worker (searchWorker.ts): Pagefind's
 * WebAssembly, the exact-match checks, the fragments and the facet counting
 * run there, off the main thread, so typing, scrolling and the first paint
 * never wait for them. Each call is one message and one answer; the worker
 * keeps the latest run's results and sends the page only what it shows.
 */
import type { FacetCounts, ResultView } from '../lib/search/engine'
import type { SearchState, SortOrder } from '../lib/search/state'

export type SearchRequest =
  | { id: number; kind: 'run'; state: SearchState }
  /** The results of run `run` from `from` on, one page of them. */
  | { id: number; kind: 'page'; run: number; from: number }
  | { id: number; kind: 'counts'; state: SearchState }

/** A run's answer: the number of results, how they are read, and the first page. */
export type RunAnswer = { count: number; terms: string[]; sort: SortOrder; views: ResultView[] }

/** `unavailable`: the worker could not load Pagefind; no request will succeed. */
export type SearchAnswer = { id: number; value: unknown } | { id: number; error: string; unavailable: boolean }

/** Raised for every request once the worker or Pagefind failed to load. */
export class SearchUnavailable extends Error {}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void }

export class SearchClient {
  private nextId = 0
  private readonly pending = new Map<number, Pending>()
  private broken = false

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<SearchAnswer>) => {
      const answer = event.data
      const pending = this.pending.get(answer.id)
      if (!pending) return
      this.pending.delete(answer.id)
      if ('value' in answer) pending.resolve(answer.value)
      else pending.reject(answer.unavailable ? new SearchUnavailable(answer.error) : new Error(answer.error))
    })
    // The worker's script did not load or failed at its start.
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      this.broken = true
      for (const pending of this.pending.values()) pending.reject(new SearchUnavailable(event.message || 'search worker failed'))
      this.pending.clear()
    })
  }

  /** Runs a state; the answer's `run` names its results for page(). */
  async run(state: SearchState): Promise<RunAnswer & { run: number }> {
    const id = this.nextId++
    const answer = (await this.request({ id, kind: 'run', state })) as RunAnswer
    return { ...answer, run: id }
  }

  page(run: number, from: number): Promise<ResultView[]> {
    return this.request({ id: this.nextId++, kind: 'page', run, from }) as Promise<ResultView[]>
  }

  counts(state: SearchState): Promise<FacetCounts> {
    return this.request({ id: this.nextId++, kind: 'counts', state }) as Promise<FacetCounts>
  }

  private request(request: SearchRequest): Promise<unknown> {
    if (this.broken) return Promise.reject(new SearchUnavailable('search worker failed'))
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject })
      this.worker.postMessage(request)
    })
  }
}
