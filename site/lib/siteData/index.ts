/**
 * The whole published collection, read once per build: one `getCollection`
 * per collection, then lookup maps and indexes built in one pass each, so that
 * every page costs O(its own content) and the build stays linear in the
 * number of cases (see withastro/astro#16297). Pages take what they need from
 * here in getStaticPaths and pass it on as props.
 */
import type { Brand, Campaign, Case, Unit } from '../../../cms/payload-types'
import type { DocumentId, Ref } from '../../../cms/domain/documentId'
import { caseSummary, toCaseView, type CaseLookups, type CaseSummary, type CaseView } from '../caseView'
import { linkedDocumentUrl } from '../linkedDocumentUrl'
import { withWriteUp } from '../writeUpStore'
import { byCaseOrder, byCreation, byId, indexCases, lookUp, type CaseIndexes } from './caseIndexes'
import { indexCampaignLists, type CampaignLists } from './campaignLists'
import { caseRedirects, type CaseRedirect } from './caseRedirects'
import { checkReferences } from './checkReferences'
import type { Collections } from './collections'
import { relatedCases, sameInitiative } from './relatedCases'
import { groupByRegion, type Regions } from './regions'
import { awardRedirects, categoryRedirects, type TermRedirect } from './vocabulary'

export type SiteData = CaseIndexes &
  Regions &
  CampaignLists &
  Pick<Collections, 'cases' | 'campaigns' | 'features' | 'brands' | 'units' | 'vocabulary'> & {
    campaignById: Map<DocumentId, Campaign>
    unitById: Map<DocumentId, Unit>
    brandById: Map<DocumentId, Brand>
    caseById: Map<DocumentId, Case>
    regionOf: (kase: Case) => string
    yearOf: (kase: Case) => number
    /** Old case URLs that now point at the new one. */
    caseRedirects: CaseRedirect[]
    /** Old URL keys of case types and fields, and of award tiers, with the page each now points at. */
    categoryRedirects: TermRedirect[]
    awardRedirects: TermRedirect[]
    lookups: CaseLookups
    caseView: (kase: Case) => CaseView
    /** A case as listing pages show it. */
    summaries: (cases: Case[]) => CaseSummary[]
  }

let cached: Promise<SiteData> | undefined

/** In Astro: the collection from its content store. */
export function getSiteData(site: URL | string | undefined): Promise<SiteData> {
  // Imported when called: outside Astro (the search index's process) there is no astro:content.
  cached ??= import('./readCollections').then(async ({ readCollections }) => siteDataOf(site, await readCollections()))
  return cached
}

/** The site's data from the published collection, wherever it was read. */
export function siteDataOf(site: URL | string | undefined, collections: Collections): SiteData {
  if (!site) throw new Error('The site URL is not set: set SITE_URL.')
  const { cases, campaigns, features, brands, units, publicityNotices, resultLists, mediaById, evidenceById, vocabulary } = collections
  if (cases.length === 0) throw new Error('The CMS has no published cases, so there is no site to build.')
  const campaignById = byId(campaigns)
  const unitById = byId(units)
  const brandById = byId(brands)
  const caseById = byId(cases)
  const featureById = byId(features)
  checkReferences({ cases, features, brands, units, campaignById, unitById, brandById, caseById, mediaById, evidenceById })

  const campaignOf = (c: Case) => lookUp(campaignById, c.campaign)
  const regionOf = (c: Case) => lookUp(unitById, c.unit)?.region || campaignOf(c)?.region || ''
  const yearOf = (c: Case) => campaignOf(c)?.year ?? 0
  const sorted = [...cases].sort(byCaseOrder(campaignOf, vocabulary))
  const appearsWith = sameInitiative(sorted)

  const get =
    <T extends { id: DocumentId }>(map: Map<DocumentId, T>) =>
    (ref: Ref<T>) =>
      lookUp(map, ref)
  const documentsOf: Record<string, Map<DocumentId, { slug?: string | null }>> = {
    cases: caseById,
    brands: brandById,
    campaigns: campaignById,
    features: featureById,
  }
  const lookups: CaseLookups = {
    campaign: get(campaignById),
    unit: get(unitById),
    brand: get(brandById),
    media: (id) => mediaById.get(id),
    evidenceFile: (id) => evidenceById.get(id),
    appearances: (c) =>
      [...(appearsWith.get(c.id) ?? [])]
        .map((id) => caseById.get(id))
        .filter((x): x is Case => Boolean(x))
        .sort((a, b) => yearOf(a) - yearOf(b)),
    related: relatedCases(sorted, appearsWith),
    internalHref: (target) => {
      const documents = documentsOf[target.relationTo]
      return linkedDocumentUrl(target.relationTo, documents && lookUp(documents, target.value as Ref))
    },
    site,
    vocabulary,
  }

  const views = new Map<DocumentId, CaseView>()
  const caseView = (c: Case) => {
    let view = views.get(c.id)
    if (!view) {
      view = toCaseView(withWriteUp(c), lookups)
      views.set(c.id, view)
    }
    return view
  }

  return {
    ...indexCases(sorted, brands, yearOf, vocabulary),
    ...groupByRegion(sorted, regionOf),
    ...indexCampaignLists(publicityNotices, resultLists, campaignById),
    cases: sorted,
    campaigns: [...campaigns].sort((a, b) => b.year - a.year || byCreation(a, b)),
    features: [...features].sort((a, b) => (b.publishedOn ?? b.publishedAt ?? '').localeCompare(a.publishedOn ?? a.publishedAt ?? '') || byCreation(b, a)),
    brands: [...brands].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    units: [...units].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    campaignById,
    unitById,
    brandById,
    caseById,
    regionOf,
    yearOf,
    caseRedirects: caseRedirects(cases),
    vocabulary,
    categoryRedirects: categoryRedirects(vocabulary),
    awardRedirects: awardRedirects(vocabulary),
    lookups,
    caseView,
    summaries: (list) => list.map((c) => caseSummary(c, lookups)),
  }
}
