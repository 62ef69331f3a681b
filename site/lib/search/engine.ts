/**
 * One search: the query and facets of a SearchState run on Pagefind's JS API,
 * giving the exact result list, its facet counts and, per result, what the
 * list shows. The search page and the Node relevance test both run this, on the
 * same index, so the test checks what readers get.
 */
import { buildExcerpt, markTerms, type TextPart } from './excerpt'
import { facetKeys, sortKeys, type FacetKey } from './facets'
import { effectiveSort, type SearchState, type SortOrder } from './state'
import { queryTerms } from './text'
import { candidateQuery, exactTermQuery, fromMetaValue } from './tokens'

/** The part of Pagefind's JS API (pagefind.js, 1.6) that huibian uses. @see https://pagefind.app/docs/api/ */
export type PagefindFilterCounts = Record<string, Record<string, number>>
export type PagefindSearchOptions = {
  filters?: Record<string, { any: string[] }>
  sort?: Record<string, 'asc' | 'desc'>
}
export type PagefindFragment = {
  url: string
  content: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}
export type PagefindResult = { id: string; data: () => Promise<PagefindFragment> }
export type PagefindResponse = {
  results: PagefindResult[]
  /** Counts within the filtered results. */
  filters: PagefindFilterCounts
  /** Counts within the query's results before filtering. */
  totalFilters: PagefindFilterCounts
}
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>
  filters(): Promise<PagefindFilterCounts>
}

export type FacetCounts = Record<FacetKey, Record<string, number>>

export type SearchOutcome = {
  terms: string[]
  sort: SortOrder
  /** Every page that contains every term and passes the facets, in display order. */
  results: PagefindResult[]
}

export type ResultView = {
  url: string
  title: TextPart[]
  unit: string
  campaign: string
  year: string
  award: string
  kind: string
  excerpt: TextPart[]
}

type Selection = SearchState['filters']
/**
 * What the terms' own exact queries say about the all-words query: a term no
 * page contains (then nothing matches), or the candidates that lack a term.
 */
type Exactness = { unmatched: boolean; extras: Map<string, PagefindResult> }
/** A query as Pagefind runs it. */
type Plan = { terms: string[]; sort: SortOrder; phrase: string | null; query: string | null }

const sortOptions: Record<SortOrder, PagefindSearchOptions['sort']> = {
  relevance: undefined,
  // The indexer turns both keys into places in a total order (site/build/searchIndex).
  year: { [sortKeys.year]: 'asc' },
  award: { [sortKeys.award]: 'asc' },
}

/**
 * Results and facet counts are separate steps: a result list needs the
 * query's word chunks only (and the filter files of the facets it selects),
 * facet counts need every filter file. The page shows results first and
 * counts when the facets are in view.
 */
export class SearchEngine {
  private allValues?: Promise<PagefindFilterCounts>
  private exactnessByTerms = new Map<string, Promise<Exactness>>()
  private extraFilters = new Map<string, Promise<PagefindFragment['filters']>>()

  constructor(private readonly pagefind: PagefindApi) {}

  async run(state: SearchState): Promise<SearchOutcome> {
    const { terms, sort, phrase, query } = plan(state)
    const { unmatched, extras } = await this.exactness(terms, phrase !== null)
    // Pagefind drops a word it cannot find and searches the others; a term no page contains matches nothing.
    if (unmatched) return { terms, sort, results: [] }
    const main = await this.search(query, { filters: pagefindFilters(state.filters), sort: sortOptions[sort] })
    let results = main.results.filter((r) => !extras.has(r.id))
    if (phrase && sort === 'relevance') results = await this.byRelevance(results, terms)
    return { terms, sort, results }
  }

  /** Per facet, how many results each value would give (a facet's own selection left out, so values can be combined). */
  async facetCounts(state: SearchState): Promise<FacetCounts> {
    // Counts need every filter file, whichever facets the query uses.
    this.allValues ??= this.pagefind.filters()
    const allValues = await this.allValues
    const { terms, phrase, query } = plan(state)
    const { unmatched, extras } = await this.exactness(terms, phrase !== null)
    if (unmatched) return zeroCounts(allValues)
    const selection = state.filters
    const main = await this.search(query, { filters: pagefindFilters(selection) })
    const extraValues = await Promise.all([...extras.values()].map((extra) => this.filtersOf(extra)))

    const facetCounts = {} as FacetCounts
    for (const key of facetKeys) {
      // A facet's counts ignore its own selection: ticking 2024 must not zero 2023.
      const others = selection[key]?.length ? withoutFacet(selection, key) : selection
      let counts = main.filters
      if (others !== selection) {
        // Without a query Pagefind's totalFilters are all 0 (a filter-only search): then every page counts.
        counts = hasSelection(others)
          ? (await this.search(query, { filters: pagefindFilters(others) })).filters
          : query === null
            ? allValues
            : main.totalFilters
      }
      facetCounts[key] = { ...counts[key] }
      for (const filters of extraValues) {
        if (!matches(filters, others)) continue
        for (const value of filters[key] ?? []) if (facetCounts[key][value]) facetCounts[key][value] -= 1
      }
    }
    return facetCounts
  }

  /** Pagefind scores phrase matches all alike; the all-words query ranks them (BM25 on the pairs). */
  private async byRelevance(results: PagefindResult[], terms: string[]): Promise<PagefindResult[]> {
    const ranked = (await this.search(candidateQuery(terms), {})).results
    const place = new Map(ranked.map((r, i) => [r.id, i]))
    return [...results].sort((a, b) => (place.get(a.id) ?? ranked.length) - (place.get(b.id) ?? ranked.length))
  }

  private async search(query: string | null, options: PagefindSearchOptions): Promise<PagefindResponse> {
    const response = await this.pagefind.search(query, options)
    if (!response) throw new Error('Pagefind gave no answer')
    return response
  }

  /** A removed candidate's facet values, for the counts: its fragment, loaded once. */
  private filtersOf(extra: PagefindResult): Promise<PagefindFragment['filters']> {
    let filters = this.extraFilters.get(extra.id)
    if (!filters) this.extraFilters.set(extra.id, (filters = extra.data().then((fragment) => fragment.filters)))
    return filters
  }

  /**
   * Each term's own exact query: the phrase of its pairs (two or more
   * characters), or its character's code as a prefix (one character; the code
   * is prefix-free). A term without pages means no result; otherwise the
   * all-words query's candidates that lack a whole term (a long term's pairs
   * apart, or a pair Pagefind matched by a shorter prefix) are found once and
   * removed, from the results and from the facet counts.
   */
  private exactness(terms: string[], phrase: boolean): Promise<Exactness> {
    if (!terms.length) return Promise.resolve({ unmatched: false, extras: new Map() })
    const key = terms.join(' ')
    let exactness = this.exactnessByTerms.get(key)
    if (!exactness) {
      exactness = (async (): Promise<Exactness> => {
        const exact: Set<string>[] = []
        for (const term of terms) {
          const ids = new Set((await this.search(exactTermQuery(term), {})).results.map((r) => r.id))
          if (!ids.size) return { unmatched: true, extras: new Map() }
          exact.push(ids)
        }
        // The phrase of a single term is exact by itself.
        if (phrase) return { unmatched: false, extras: new Map() }
        const candidates = (await this.search(candidateQuery(terms), {})).results
        const extras = new Map(candidates.filter((r) => exact.some((set) => !set.has(r.id))).map((r) => [r.id, r]))
        return { unmatched: false, extras }
      })()
      this.exactnessByTerms.set(key, exactness)
    }
    return exactness
  }
}

function plan(state: SearchState): Plan {
  const terms = queryTerms(state.q)
  // One term of two or more characters: its exact phrase. Otherwise the all-words query, made exact by exactness().
  const phrase = terms.length === 1 && Array.from(terms[0]!).length > 1 ? exactTermQuery(terms[0]!) : null
  const query = terms.length === 0 ? null : (phrase ?? candidateQuery(terms))
  return { terms, sort: effectiveSort(state), phrase, query }
}

/**
 * What the result list shows for one result, from its Pagefind fragment: its
 * meta and facet values, and the excerpt cut from the lead the fragment
 * stores (site/build/searchIndex/fragments.ts).
 */
export async function loadResultView(result: PagefindResult, terms: readonly string[]): Promise<ResultView> {
  const fragment = await result.data()
  const first = (key: string) => fragment.filters[key]?.[0] ?? ''
  return {
    url: fragment.url,
    title: markTerms(fromMetaValue(fragment.meta.title ?? ''), terms),
    unit: fromMetaValue(fragment.meta.unit ?? ''),
    campaign: first('campaign'),
    year: first('year'),
    award: first('award'),
    kind: first('kind'),
    excerpt: buildExcerpt(fragment.content, terms),
  }
}

function pagefindFilters(selection: Selection): PagefindSearchOptions['filters'] {
  const filters: NonNullable<PagefindSearchOptions['filters']> = {}
  for (const key of facetKeys) if (selection[key]?.length) filters[key] = { any: selection[key]! }
  return filters
}

function withoutFacet(selection: Selection, key: FacetKey): Selection {
  const rest = { ...selection }
  delete rest[key]
  return rest
}

/** Every facet value Pagefind knows, counted 0: the counts of a search without results. */
function zeroCounts(allValues: PagefindFilterCounts): FacetCounts {
  const counts = {} as FacetCounts
  for (const key of facetKeys) counts[key] = Object.fromEntries(Object.keys(allValues[key] ?? {}).map((value) => [value, 0]))
  return counts
}

const hasSelection = (selection: Selection) => facetKeys.some((key) => selection[key]?.length)

function matches(filters: PagefindFragment['filters'], selection: Selection): boolean {
  return facetKeys.every((key) => !selection[key]?.length || selection[key]!.some((v) => filters[key]?.includes(v)))
}
