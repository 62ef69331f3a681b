/**
 * The search page's first view, painted at build time: every searchable page
 * (cases and brands) in the index's page order, newest year first, as the
 * result list shows them without a query. The page is useful before Pagefind
 * loads; the script takes over on the reader's first interaction.
 */
import { labelOf, pageKinds } from '../../../cms/domain'
import { toBrandView } from '../brandView'
import type { SiteData } from '../siteData'
import { leadText } from './excerpt'
import { unrankedAward } from './facets'

/** What the result list shows for one page, and its sort keys. */
export type BrowseEntry = {
  url: string
  title: string
  unit: string
  campaign: string
  year: string
  award: string
  kind: string
  /** The excerpt's source (leadText), as the page's search fragment stores it. */
  lead: string
  sort: { year: number; award: number }
}

const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)

/** The index's page order: newest year first, then award rank, then URL. */
export const yearOrder = (a: SortedPage, b: SortedPage) => b.year - a.year || a.award - b.award || byUrl(a, b)
/** The award order: award rank, then newest year, then URL. */
export const awardOrder = (a: SortedPage, b: SortedPage) => a.award - b.award || b.year - a.year || byUrl(a, b)
type SortedPage = { url: string; year: number; award: number }

export function browseEntries(data: SiteData): BrowseEntry[] {
  const entries: BrowseEntry[] = data.cases.map((kase) => {
    const view = data.caseView(kase)
    return {
      url: view.url,
      title: view.title,
      unit: view.unit.label,
      campaign: view.campaign.label,
      year: String(view.campaign.year),
      award: view.award?.label ?? '',
      kind: view.kindLabel,
      lead: leadText(view.abstract),
      sort: { year: view.campaign.year, award: view.award?.rank ?? unrankedAward },
    }
  })
  for (const brand of data.brands.map((b) => toBrandView(b, data))) {
    entries.push({
      url: brand.url,
      title: brand.name,
      unit: brand.unit.name,
      campaign: '',
      year: '',
      award: '',
      kind: labelOf(pageKinds, 'brand'),
      lead: leadText(brand.description),
      sort: { year: brand.year, award: unrankedAward },
    })
  }
  const place = (e: BrowseEntry) => ({ url: e.url, ...e.sort })
  return entries.sort((a, b) => yearOrder(place(a), place(b)))
}
