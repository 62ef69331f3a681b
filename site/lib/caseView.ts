/**
 * The case view model: everything a case page shows, as plain values, made
 * from a Payload case document and lookups of the documents it refers to.
 * Pure: the static build and a draft preview render the same component from it.
 */
import { refId, type DocumentId, type Ref } from '../../cms/domain/documentId'
import type { Brand, Campaign, Case, Unit } from '../../cms/payload-types'
import {
  adminLevels,
  awardRank,
  caseKinds,
  chineseOrdinal,
  labelOf,
  termSlug,
  type Vocabulary,
  sectionHeadings,
  sectionKeys,
  type SectionKey,
  unitLevels,
} from '../../cms/domain'
import { caseFactsView, type CaseFactsView, type EvidenceFileView } from './caseFactsView'
import { gbt7714 } from './citation'
import { isoDate } from './dates'
import { huibianTitle } from './huibian'
import { richTextToHtml, type InternalHref } from './richText'
import { absoluteUrl, awardUrl, brandUrl, caseUrl, categoryUrl, homeUrl, huibianEntryUrl, huibianUrl, unitUrl } from '../../cms/domain/urls'
import { isSafeUrl } from '../../cms/utilities/safeUrl'

/** A processed image: Astro's ImageMetadata in the static build, a URL in a preview. */
export type MediaView = { src: unknown; alt: string; caption: string | null; width: number | null; height: number | null }

/** What the view needs to know about the rest of the site. */
export interface CaseLookups {
  campaign(ref: Ref<Campaign>): Campaign | undefined
  unit(ref: Ref<Unit>): Unit | undefined
  brand(ref: Ref<Brand>): Brand | undefined
  media(id: DocumentId): MediaView | undefined
  /** A public 佐证 file, by its evidence-files id. */
  evidenceFile(id: DocumentId): EvidenceFileView | undefined
  /** The same initiative in other campaigns, both directions of `sameInitiativeAs`. */
  appearances(kase: Case): Case[]
  related(kase: Case): Case[]
  internalHref: InternalHref
  /** The published site, for permalinks and the citation. */
  site: URL | string
  /** The published 词表: labels, URL keys and ranks of case types, fields and tiers. */
  vocabulary: Vocabulary
}

export type Link = { label: string; url: string }

export type CaseSummary = {
  title: string
  url: string
  unit: string
  campaign: string
  year: number
  award: string
  abstract: string
}

export type CaseView = {
  id: DocumentId
  slug: string
  url: string
  permalink: string
  title: string
  kind: Case['kind']
  kindLabel: string
  sequence: number | null
  campaign: Link & {
    name: string
    year: number
    region: string
    entryUrl: string
    documents: { title: string; issuer: string; date: string; url: string | null; kind: string }[]
  }
  /** level: the 单位层级 label (a search facet). */
  unit: Link & { shortName: string; level: string }
  coUnits: Link[]
  coUnitsNote: string
  region: string
  caseType: Link | null
  field: Link | null
  award: (Link & { rank: number; value: string }) | null
  brand: Link | null
  focusAreas: string[]
  abstract: string
  sections: { key: SectionKey; id: string; heading: string; html: string }[]
  honours: { level: string; label: string; items: { text: string; year: number | null; body: string }[] }[]
  press: { outlet: string; title: string; date: string; url: string | null }[]
  images: MediaView[]
  /** 案例要素: 实施时间, 推广情况, 成效数据, 经验启示, public 佐证. */
  facts: CaseFactsView
  site: { organisation: string; stars: number | null; members: number | null } | null
  appearances: CaseSummary[]
  related: CaseSummary[]
  breadcrumbs: Link[]
  citation: string
  /** First published on the site; '' when unknown (the bundled collection gives none it cannot source). */
  publishedAt: string
  updatedAt: string
}

/** A link shown on a page: drafts skip validation, so a preview may hold an unsafe one; it is dropped. */
const safeLink = (url: string | null | undefined) => (url && isSafeUrl(url) ? url : null)

/** A reference the site cannot follow: the build stops rather than print a broken page. */
export class MissingReferenceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MissingReferenceError'
  }
}

function required<T>(value: T | undefined, what: string, kase: Case): T {
  if (value === undefined) {
    throw new MissingReferenceError(`Case "${kase.title}" (${kase.slug}) refers to ${what}, which is missing or not published. Publish it, or change the case.`)
  }
  return value
}

export function caseSummary(kase: Case, lookups: Pick<CaseLookups, 'campaign' | 'unit' | 'vocabulary'>): CaseSummary {
  const campaign = lookups.campaign(kase.campaign)
  const unit = lookups.unit(kase.unit)
  return {
    title: kase.title,
    url: caseUrl(kase),
    unit: unit?.name ?? '',
    campaign: campaign?.shortName || campaign?.name || '',
    year: campaign?.year ?? 0,
    award: labelOf(lookups.vocabulary.awardTiers, kase.awardTier),
    abstract: kase.abstract ?? '',
  }
}

/** Section headings as the seeds number them: 一、背景描述 二、具体做法 … (a campaign may rename them). */
export function numberedSections(kase: Case, campaign: Campaign | undefined, internalHref: InternalHref): CaseView['sections'] {
  const renamed = new Map((campaign?.writeUpRules?.sections ?? []).map((s) => [s.section, s.heading]))
  const out: CaseView['sections'] = []
  for (const key of sectionKeys) {
    const html = richTextToHtml(kase.sections?.[key], internalHref)
    if (!html) continue
    const heading = renamed.get(key) || sectionHeadings[key]
    out.push({ key, id: key, heading: `${chineseOrdinal(out.length + 1)}、${heading}`, html })
  }
  return out
}

export function groupHonours(honours: Case['honours']): CaseView['honours'] {
  return adminLevels
    .map((level) => ({
      level: level.value,
      label: level.label,
      items: (honours ?? []).filter((h) => h.level === level.value).map((h) => ({ text: h.text, year: h.year ?? null, body: h.body ?? '' })),
    }))
    .filter((group) => group.items.length > 0)
}

export function toCaseView(kase: Case, lookups: CaseLookups): CaseView {
  if (!kase.slug) throw new MissingReferenceError(`Case "${kase.title}" (id ${kase.id}) has no slug; save it once in the admin.`)
  const campaign = required(lookups.campaign(kase.campaign), `campaign #${refId(kase.campaign)}`, kase)
  const unit = required(lookups.unit(kase.unit), `unit #${refId(kase.unit)}`, kase)
  const coUnits = (kase.coUnits ?? []).map((ref) => required(lookups.unit(ref), `co-unit #${refId(ref)}`, kase))
  const brand = kase.brand ? required(lookups.brand(kase.brand), `brand #${refId(kase.brand)}`, kase) : undefined
  const url = caseUrl(kase)
  const { awardTiers, caseTypes, fields } = lookups.vocabulary
  const tier = awardTiers.find((t) => t.value === kase.awardTier)
  const caseType = caseTypes.find((t) => t.value === kase.caseType)
  const field = fields.find((t) => t.value === kase.field)
  const campaignName = campaign.shortName || campaign.name
  const permalink = absoluteUrl(url, lookups.site)
  const images = (kase.images ?? []).map((item) => {
    const id = refId(item.image as Ref)
    const media = required(id === undefined ? undefined : lookups.media(id), `image #${id}`, kase)
    return { ...media, caption: item.caption || media.caption }
  })
  const summaries = (list: Case[]) => list.map((c) => caseSummary(c, lookups))
  return {
    id: kase.id,
    slug: kase.slug,
    url,
    permalink,
    title: kase.title,
    kind: kase.kind,
    kindLabel: labelOf(caseKinds, kase.kind),
    sequence: kase.sequence ?? null,
    campaign: {
      label: campaignName,
      name: campaign.name,
      url: huibianUrl(campaign),
      entryUrl: huibianEntryUrl(campaign, kase),
      year: campaign.year,
      region: campaign.region ?? '',
      documents: (campaign.documents ?? []).map((d) => ({
        title: d.title,
        issuer: d.issuer ?? '',
        date: d.date ? isoDate(d.date) : '',
        url: safeLink(d.url),
        kind: d.kind ?? '',
      })),
    },
    unit: { label: unit.name, shortName: unit.shortName ?? '', level: labelOf(unitLevels, unit.level), url: unitUrl(unit) },
    coUnits: coUnits.map((u) => ({ label: u.name, url: unitUrl(u) })),
    coUnitsNote: kase.coUnitsNote ?? '',
    region: unit.region || campaign.region || '',
    caseType: caseType ? { label: caseType.label, url: categoryUrl(termSlug(caseType)) } : null,
    field: field ? { label: field.label, url: categoryUrl(termSlug(field)) } : null,
    award: tier ? { label: tier.label, url: awardUrl(termSlug(tier)), rank: awardRank(awardTiers, tier.value), value: tier.value } : null,
    brand: brand ? { label: brand.name, url: brandUrl(brand) } : null,
    focusAreas: kase.focusAreas ?? [],
    abstract: kase.abstract ?? '',
    sections: numberedSections(kase, campaign, lookups.internalHref),
    honours: groupHonours(kase.honours),
    press: (kase.press ?? []).map((p) => ({ outlet: p.outlet, title: p.title ?? '', date: p.date ? isoDate(p.date) : '', url: safeLink(p.url) })),
    images,
    facts: caseFactsView(kase, lookups),
    site:
      kase.kind === 'site' && kase.site
        ? { organisation: kase.site.organisation ?? '', stars: kase.site.stars ?? null, members: kase.site.members ?? null }
        : null,
    appearances: summaries(lookups.appearances(kase)),
    related: summaries(lookups.related(kase)),
    breadcrumbs: [
      { label: '首页', url: homeUrl() },
      { label: huibianTitle(campaign), url: huibianUrl(campaign) },
      { label: kase.title, url },
    ],
    citation: gbt7714({
      authors: [unit.name, ...coUnits.map((u) => u.name)],
      title: kase.title,
      updatedOn: isoDate(kase.updatedAt),
      url: permalink,
    }),
    // The content's own dates: none rather than the day a seed or import ran.
    publishedAt: kase.publishedAt ?? '',
    updatedAt: kase.updatedAt,
  }
}
