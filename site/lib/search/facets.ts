/**
 * The search facets: one key each, used as the URL parameter, the Pagefind
 * filter name (data-pagefind-filter) and the checkbox name. Values are the
 * labels readers see (机关党建类, 2024, 十佳案例), so a saved link reads as it looks.
 */

import { listNames } from '../../../cms/domain/vocabulary'

export const facets = [
  { key: 'kind', legend: '条目类别' },
  { key: 'year', legend: '年度' },
  { key: 'campaign', legend: '评选活动' },
  { key: 'award', legend: listNames.awardTiers },
  { key: 'type', legend: listNames.caseTypes },
  { key: 'field', legend: listNames.fields },
  { key: 'region', legend: '地区' },
  { key: 'level', legend: listNames.unitLevels },
  // Case facts (issue 15): the widest 推广范围 reached, and the year the practice started.
  { key: 'adoption', legend: '推广层级' },
  { key: 'started', legend: '实施年份' },
] as const

export type FacetKey = (typeof facets)[number]['key']

export const facetKeys: readonly FacetKey[] = facets.map((f) => f.key)

export function isFacetKey(key: string): key is FacetKey {
  return (facetKeys as readonly string[]).includes(key)
}

/**
 * Pagefind sort keys (data-pagefind-sort): pages declare the campaign year and
 * the award tier's rank (cms/domain awardTiers); the indexer makes them total orders.
 */
export const sortKeys = { year: 'year', award: 'award' } as const

/** The rank sort value of pages without an award (brands, unawarded entries): after every tier. */
export const unrankedAward = 99

/** The attribute value `key:value`, as Pagefind reads data-pagefind-filter / -sort / -meta. */
export const keyValue = (key: string, value: string | number) => `${key}:${value}`
