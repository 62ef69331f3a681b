/**
 * The search page's state, and its URL: /search/?q=网格&type=机关党建类&year=2024.
 * The URL is the only place the state lives, so a link restores a view and
 * Back/Forward restore the previous one.
 */
import { listNames } from '../../../cms/domain/vocabulary'
import { facetKeys, isFacetKey, type FacetKey } from './facets'
import { queryTerms } from './text'

export const sortOrders = ['relevance', 'year', 'award'] as const
export type SortOrder = (typeof sortOrders)[number]

/** What each order is called: in the summary (按年度排列) and, with its direction, in the sort menu. */
export const sortLabels: Record<SortOrder, { name: string; option: string }> = {
  relevance: { name: '相关度', option: '相关度' },
  year: { name: '年度', option: '年度（新到旧）' },
  award: { name: listNames.awardTiers, option: `${listNames.awardTiers}（高到低）` },
}

export type SearchState = {
  q: string
  /** Selected values per facet: any value of one facet, and every facet. */
  filters: Partial<Record<FacetKey, string[]>>
  /** Unset: relevance with a query, newest first without. */
  sort?: SortOrder
}

export const emptyState = (): SearchState => ({ q: '', filters: {} })

export function defaultSort(state: Pick<SearchState, 'q'>): SortOrder {
  return queryTerms(state.q).length ? 'relevance' : 'year'
}

export function effectiveSort(state: SearchState): SortOrder {
  const sort = state.sort ?? defaultSort(state)
  // Relevance needs a query; without one the list is the showcase, newest first.
  return sort === 'relevance' && !queryTerms(state.q).length ? 'year' : sort
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {}
  for (const [key, raw] of params) {
    const value = raw.trim()
    if (!isFacetKey(key) || !value) continue
    const list = (filters[key] ??= [])
    if (!list.includes(value)) list.push(value)
  }
  const sort = params.get('sort')
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    ...(sortOrders.includes(sort as SortOrder) ? { sort: sort as SortOrder } : {}),
  }
}

/** Parameters in a stable order (query, facets in display order, sort), defaults left out. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value)
  if (state.sort && state.sort !== defaultSort(state)) params.set('sort', state.sort)
  return params
}

export function searchHref(pathname: string, state: SearchState): string {
  const query = stateToParams(state).toString()
  return query ? `${pathname}?${query}` : pathname
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString()
}

export function selectedCount(state: SearchState): number {
  return facetKeys.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0)
}

/** The state with one facet value switched on or off. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? []
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value)
  const filters = { ...state.filters, [key]: next }
  if (!next.length) delete filters[key]
  return { ...state, filters }
}

/** Results shown at first and per "显示更多结果". */
export const resultsPerPage = 10
