/** The search page's state in its URL, and the excerpt under a result. */
import { describe, expect, it } from 'vitest'

import { buildExcerpt, hitSpans, LEAD_LIMIT, leadText, markTerms } from '../../site/lib/search/excerpt'
import { facetKeys } from '../../site/lib/search/facets'
import { effectiveSort, sameState, searchHref, selectedCount, stateFromParams, stateToParams, toggleFilter } from '../../site/lib/search/state'

const params = (query: string) => new URLSearchParams(query)
const show = (parts: { text: string; hit: boolean }[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('')

describe('search state in the URL', () => {
  it('reads the query, facet values and sort, and ignores the rest', () => {
    const state = stateFromParams(params('q=网格&type=机关党建类&year=2024&year=2023&year=2024&sort=award&utm=x&level='))
    expect(state).toEqual({ q: '网格', filters: { type: ['机关党建类'], year: ['2024', '2023'] }, sort: 'award' })
    expect(stateFromParams(params('sort=nonsense')).sort).toBeUndefined()
  })

  it('writes a stable, readable link that reads back the same', () => {
    const state = stateFromParams(params('year=2024&q=网格&type=机关党建类'))
    expect(searchHref('/search/', state)).toBe(`/search/?${params('q=网格&year=2024&type=机关党建类')}`)
    expect(decodeURIComponent(stateToParams(state).toString())).toBe('q=网格&year=2024&type=机关党建类')
    expect(sameState(stateFromParams(stateToParams(state)), state)).toBe(true)
    expect(searchHref('/search/', { q: ' ', filters: {} })).toBe('/search/')
  })

  it('leaves the default sort out: relevance with a query, year without', () => {
    expect(stateToParams({ q: '网格', filters: {}, sort: 'relevance' }).has('sort')).toBe(false)
    expect(stateToParams({ q: '', filters: {}, sort: 'year' }).has('sort')).toBe(false)
    expect(stateToParams({ q: '', filters: {}, sort: 'award' }).get('sort')).toBe('award')
    expect(effectiveSort({ q: '', filters: {}, sort: 'relevance' })).toBe('year')
    expect(effectiveSort({ q: '网格', filters: {} })).toBe('relevance')
  })

  it('switches facet values on and off', () => {
    let state = toggleFilter({ q: '', filters: {} }, 'year', '2024', true)
    state = toggleFilter(state, 'year', '2023', true)
    state = toggleFilter(state, 'type', '机关党建类', true)
    expect(selectedCount(state)).toBe(3)
    state = toggleFilter(toggleFilter(state, 'type', '机关党建类', false), 'year', '2024', false)
    expect(state.filters).toEqual({ year: ['2023'] })
  })

  it('names every facet by a key that is also a URL parameter', () => {
    expect(facetKeys).toEqual(['kind', 'year', 'campaign', 'award', 'type', 'field', 'region', 'level', 'adoption', 'started'])
  })
})

describe('excerpts', () => {
  // A result's lead (leadText): the abstract, normalised.
  const lead = '福州市以“基层党建+网格化”为抓手加强网格治理，全市共划出小区网格8511个、单位网格5581个，专兼职网格员达2.145万名，入格党员干部18.7万名。'

  it('mark whole terms only, merged where they overlap', () => {
    expect(hitSpans('城东街道', ['街道'])).toEqual([[2, 4]])
    expect(show(markTerms('城东街道', ['街道']))).toBe('城东[街道]')
    expect(show(markTerms('网格网格化', ['网格', '格网']))).toBe('[网格网格]化')
  })

  it('show the first hit in the lead, with the terms marked', () => {
    const excerpt = show(buildExcerpt(lead, ['网格', '8511'], 40))
    expect(excerpt).toContain('[网格]')
    expect(excerpt).toContain('[8511]')
    expect(excerpt.startsWith('福州市') || excerpt.startsWith('…')).toBe(true)
  })

  it("show the lead's opening when there is no query, or no hit in it", () => {
    expect(show(buildExcerpt(lead, [], 20))).toBe('福州市以“基层党建+网格化”为抓手加强网…')
    expect(show(buildExcerpt(lead, ['鲸'], 20))).toBe('福州市以“基层党建+网格化”为抓手加强网…')
  })

  it('cut the lead a fragment stores to a bounded length, normalised for matching', () => {
    expect(leadText('ＡＢＣ　网格')).toBe('abc 网格')
    expect(Array.from(leadText('网'.repeat(LEAD_LIMIT + 50)))).toHaveLength(LEAD_LIMIT)
  })

  it('never cut a character outside the BMP in half', () => {
    const parts = buildExcerpt(`${'𠀀'.repeat(30)}网格`, ['网格'], 11)
    expect(show(parts)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })
})
