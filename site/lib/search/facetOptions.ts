/**
 * The values each facet offers on the search page, in reading order. They are
 * the values the searchable pages declare (data-pagefind-filter in
 * CaseArticle.astro and brands/[slug].astro), taken from the same fields.
 */
import { adoptionScopes, labelOf, pageKinds, unitLevels, type Term } from '../../../cms/domain'
import { refId } from '../../../cms/domain/documentId'
import type { SiteData } from '../siteData'
import { facetKeys, type FacetKey } from './facets'

type Counted = { counts: Record<FacetKey, Map<string, number>>; campaignYear: Map<string, number> }

/** How many searchable pages have each facet value. */
function countValues(data: SiteData): Counted {
  const counts = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>
  const add = (key: FacetKey, value: string | null | undefined) => {
    if (value) counts[key].set(value, (counts[key].get(value) ?? 0) + 1)
  }
  const campaignYear = new Map<string, number>()
  for (const kase of data.cases) {
    const view = data.caseView(kase)
    add('kind', view.kindLabel)
    add('year', String(view.campaign.year))
    add('campaign', view.campaign.label)
    campaignYear.set(view.campaign.label, view.campaign.year)
    add('award', view.award?.label)
    add('type', view.caseType?.label)
    add('field', view.field?.label)
    add('region', view.region)
    add('level', view.unit.level)
    add('adoption', view.facts.adoptionLevel)
    add('started', view.facts.startYear)
  }
  for (const brand of data.brands) {
    const unit = data.unitById.get(refId(brand.unit)!)
    add('kind', labelOf(pageKinds, 'brand'))
    add('region', unit?.region)
    add('level', labelOf(unitLevels, unit?.level))
  }
  return { counts, campaignYear }
}

/** Per facet, how many pages each value has: the counts of the search page's first view (no query, nothing ticked). */
export function facetValueCounts(data: SiteData): Record<FacetKey, Record<string, number>> {
  const { counts } = countValues(data)
  return Object.fromEntries(facetKeys.map((key) => [key, Object.fromEntries(counts[key])])) as Record<FacetKey, Record<string, number>>
}

export function facetOptions(data: SiteData): Record<FacetKey, string[]> {
  const { counts, campaignYear } = countValues(data)
  const present = (key: FacetKey) => [...counts[key].keys()]
  const inVocabularyOrder = (key: FacetKey, terms: readonly Term[]) => {
    const order = terms.map((t) => t.label)
    return present(key).sort((a, b) => rank(order, a) - rank(order, b))
  }
  return {
    kind: inVocabularyOrder('kind', pageKinds),
    year: present('year').sort((a, b) => Number(b) - Number(a)),
    campaign: present('campaign').sort((a, b) => (campaignYear.get(b) ?? 0) - (campaignYear.get(a) ?? 0) || a.localeCompare(b, 'zh-CN')),
    award: inVocabularyOrder('award', data.vocabulary.awardTiers),
    type: inVocabularyOrder('type', data.vocabulary.caseTypes),
    field: inVocabularyOrder('field', data.vocabulary.fields),
    region: present('region').sort((a, b) => counts.region.get(b)! - counts.region.get(a)! || a.localeCompare(b, 'zh-CN')),
    level: inVocabularyOrder('level', unitLevels),
    // Widest first: 全国, 全省, … 本单位.
    adoption: inVocabularyOrder('adoption', [...adoptionScopes].reverse()),
    started: present('started').sort((a, b) => Number(b) - Number(a)),
  }
}

const rank = (order: string[], value: string) => {
  const at = order.indexOf(value)
  return at === -1 ? order.length : at
}
