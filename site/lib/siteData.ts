/**
 * The whole published collection, read once per build: one `getCollection`
 * per collection, then lookup maps and indexes built in one pass each, so that
 * every page costs O(its own content) and the build stays linear in the
 * number of cases (see withastro/astro#16297). Pages take what they need from
 * here in getStaticPaths and pass it on as props.
 */
import { getCollection } from 'astro:content'
import { pinyin } from 'pinyin-pro'

import type { Brand, Campaign, Case, Feature, PublicityNotice, ResultList, Unit } from '../../cms/payload-types'
import { awardRank, caseTypes } from '../../cms/domain'
import {
  caseSummary,
  MissingReferenceError,
  refId,
  toCaseView,
  type CaseLookups,
  type CaseSummary,
  type CaseView,
  type MediaView,
  type Ref,
} from './caseView'
import { isoDate } from './dates'
import type { LinkTarget } from './richText'
import { withWriteUp } from './writeUpStore'
import { brandUrl, caseUrl, featureUrl, huibianUrl } from './urls'

export type SiteData = {
  cases: Case[]
  campaigns: Campaign[]
  features: Feature[]
  brands: Brand[]
  units: Unit[]
  /** 公示 and 获奖名单, newest first. */
  publicityNotices: PublicityNotice[]
  resultLists: ResultList[]
  noticesByCampaign: Map<number, PublicityNotice[]>
  resultsByCampaign: Map<number, ResultList[]>
  campaignById: Map<number, Campaign>
  unitById: Map<number, Unit>
  brandById: Map<number, Brand>
  caseById: Map<number, Case>
  /** Cases of a campaign in 汇编 order: award tier, case type, 序号. */
  casesByCampaign: Map<number, Case[]>
  /** Cases a unit leads or takes part in. */
  casesByUnit: Map<number, Case[]>
  casesByBrand: Map<number, Case[]>
  brandsByUnit: Map<number, Brand[]>
  /** Keyed by case type or field value: the category pages. */
  casesByCategory: Map<string, Case[]>
  casesByYear: Map<number, Case[]>
  casesByTier: Map<string, Case[]>
  /** Region slug → region name and its cases. */
  regions: Map<string, { name: string; cases: Case[] }>
  regionSlugOf: (region: string) => string
  regionOf: (kase: Case) => string
  yearOf: (kase: Case) => number
  /** Old case URLs that now point at the new one. */
  caseRedirects: { from: string; to: string; title: string }[]
  lookups: CaseLookups
  caseView: (kase: Case) => CaseView
  /** A case as listing pages show it. */
  summaries: (cases: Case[]) => CaseSummary[]
}

let cached: Promise<SiteData> | undefined

export function getSiteData(site: URL | string | undefined): Promise<SiteData> {
  cached ??= loadSiteData(site)
  return cached
}

const byCaseOrder = (campaignOf: (c: Case) => Campaign | undefined) => (a: Case, b: Case) =>
  (campaignOf(b)?.year ?? 0) - (campaignOf(a)?.year ?? 0) ||
  awardRank(a.awardTier) - awardRank(b.awardTier) ||
  (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER) ||
  a.id - b.id

/** 汇编 order inside one campaign: award tier (highest first), case type (vocabulary order), 序号. */
export function huibianOrder(a: Case, b: Case): number {
  const typeIndex = (c: Case) => {
    const i = caseTypes.findIndex((t) => t.value === c.caseType)
    return i === -1 ? caseTypes.length : i
  }
  return (
    awardRank(a.awardTier) - awardRank(b.awardTier) ||
    typeIndex(a) - typeIndex(b) ||
    (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER) ||
    a.id - b.id
  )
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

async function loadSiteData(site: URL | string | undefined): Promise<SiteData> {
  if (!site) throw new Error('The site URL is not set: set SITE_URL.')
  const [caseEntries, campaignEntries, featureEntries, brandEntries, unitEntries, noticeEntries, resultEntries] = await Promise.all([
    getCollection('cases'),
    getCollection('campaigns'),
    getCollection('features'),
    getCollection('brands'),
    getCollection('units'),
    getCollection('publicityNotices'),
    getCollection('resultLists'),
  ])
  const cases = caseEntries.map((e) => e.data as unknown as Case)
  // Astro warns about an empty collection; most builds have no images at all.
  const mediaEntries = cases.some((c) => c.images?.length) ? await getCollection('media') : []
  const campaigns = campaignEntries.map((e) => e.data as unknown as Campaign)
  const features = featureEntries.map((e) => e.data as unknown as Feature)
  const brands = brandEntries.map((e) => e.data as unknown as Brand)
  const units = unitEntries.map((e) => e.data as unknown as Unit)
  const publicityNotices = noticeEntries
    .map((e) => e.data as unknown as PublicityNotice)
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart) || b.id - a.id)
  const resultLists = resultEntries.map((e) => e.data as unknown as ResultList).sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.id - a.id)
  if (cases.length === 0) throw new Error('The CMS has no published cases, so there is no site to build.')

  const index = <T extends { id: number }>(docs: T[]) => new Map(docs.map((d) => [d.id, d]))
  const campaignById = index(campaigns)
  const unitById = index(units)
  const brandById = index(brands)
  const caseById = index(cases)
  const featureById = index(features)
  const mediaById = new Map<number, MediaView>(
    mediaEntries.map((e) => [
      e.data.id,
      { src: e.data.src, alt: e.data.alt, caption: e.data.caption, width: e.data.width, height: e.data.height },
    ]),
  )
  const get = <T extends { id: number }>(map: Map<number, T>) => (ref: Ref<T>) => {
    const id = refId(ref)
    return id === undefined ? undefined : map.get(id)
  }

  checkReferences({ cases, features, brands, units, campaignById, unitById, brandById, caseById, mediaById })

  const campaignOf = (c: Case) => campaignById.get(refId(c.campaign)!)
  const sorted = [...cases].sort(byCaseOrder(campaignOf))

  const casesByCampaign = new Map<number, Case[]>()
  const casesByUnit = new Map<number, Case[]>()
  const casesByBrand = new Map<number, Case[]>()
  const casesByCategory = new Map<string, Case[]>()
  const casesByYear = new Map<number, Case[]>()
  const casesByTier = new Map<string, Case[]>()
  const regions = new Map<string, { name: string; cases: Case[] }>()
  const regionSlugs = new Map<string, string>()
  const regionSlugOf = (region: string) => {
    let slug = regionSlugs.get(region)
    if (slug) return slug
    const base = pinyin(region, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'region'
    slug = base
    const taken = new Set(regionSlugs.values())
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
    regionSlugs.set(region, slug)
    return slug
  }
  const regionOf = (c: Case) => unitById.get(refId(c.unit)!)?.region || campaignOf(c)?.region || ''
  const yearOf = (c: Case) => campaignOf(c)?.year ?? 0
  const appearsWith = new Map<number, Set<number>>()

  for (const c of sorted) {
    push(casesByCampaign, refId(c.campaign)!, c)
    push(casesByUnit, refId(c.unit)!, c)
    for (const co of c.coUnits ?? []) if (refId(co) !== refId(c.unit)) push(casesByUnit, refId(co)!, c)
    if (c.brand) push(casesByBrand, refId(c.brand)!, c)
    if (c.caseType) push(casesByCategory, c.caseType, c)
    if (c.field) push(casesByCategory, c.field, c)
    push(casesByYear, yearOf(c), c)
    if (c.awardTier) push(casesByTier, c.awardTier, c)
    const region = regionOf(c)
    if (region) {
      const slug = regionSlugOf(region)
      const entry = regions.get(slug) ?? { name: region, cases: [] }
      entry.cases.push(c)
      regions.set(slug, entry)
    }
    for (const other of c.sameInitiativeAs ?? []) {
      const otherId = refId(other)!
      if (otherId === c.id) continue
      if (!appearsWith.has(c.id)) appearsWith.set(c.id, new Set())
      if (!appearsWith.has(otherId)) appearsWith.set(otherId, new Set())
      appearsWith.get(c.id)!.add(otherId)
      appearsWith.get(otherId)!.add(c.id)
    }
  }
  for (const list of casesByCampaign.values()) list.sort(huibianOrder)
  const noticesByCampaign = new Map<number, PublicityNotice[]>()
  for (const n of publicityNotices) push(noticesByCampaign, refId(n.campaign)!, n)
  const resultsByCampaign = new Map<number, ResultList[]>()
  for (const r of resultLists) push(resultsByCampaign, refId(r.campaign)!, r)
  const brandsByUnit = new Map<number, Brand[]>()
  for (const b of brands) push(brandsByUnit, refId(b.unit)!, b)

  // Related cases: neighbours in the same field (or type), a constant number per case.
  const relatedGroup = new Map<number, { list: Case[]; at: number }>()
  const groups = new Map<string, Case[]>()
  for (const c of sorted) push(groups, c.field ?? c.caseType ?? 'other', c)
  for (const list of groups.values()) list.forEach((c, at) => relatedGroup.set(c.id, { list, at }))
  const related = (c: Case): Case[] => {
    const group = relatedGroup.get(c.id)
    if (!group) return []
    const out: Case[] = []
    const skip = new Set([c.id, ...(appearsWith.get(c.id) ?? [])])
    for (let step = 1; out.length < 4 && step < group.list.length; step += 1) {
      const next = group.list[(group.at + step) % group.list.length]!
      if (!skip.has(next.id)) out.push(next)
    }
    return out
  }

  const internalHref = (target: LinkTarget): string | undefined => {
    const id = refId(target.value as Ref<{ id: number }>)
    if (id === undefined) return undefined
    const doc =
      target.relationTo === 'cases' ? caseById.get(id)
      : target.relationTo === 'brands' ? brandById.get(id)
      : target.relationTo === 'campaigns' ? campaignById.get(id)
      : target.relationTo === 'features' ? featureById.get(id)
      : undefined
    if (!doc) return undefined
    if (target.relationTo === 'cases') return caseUrl(doc)
    if (target.relationTo === 'brands') return brandUrl(doc)
    if (target.relationTo === 'campaigns') return huibianUrl(doc)
    return featureUrl(doc)
  }

  const lookups: CaseLookups = {
    campaign: get(campaignById),
    unit: get(unitById),
    brand: get(brandById),
    media: (id) => mediaById.get(id),
    appearances: (c) =>
      [...(appearsWith.get(c.id) ?? [])]
        .map((id) => caseById.get(id))
        .filter((x): x is Case => Boolean(x))
        .sort((a, b) => yearOf(a) - yearOf(b)),
    related,
    internalHref,
    site,
    citedOn: isoDate(new Date()),
  }

  const views = new Map<number, CaseView>()
  const caseView = (c: Case) => {
    let view = views.get(c.id)
    if (!view) {
      view = toCaseView(withWriteUp(c), lookups)
      views.set(c.id, view)
    }
    return view
  }

  const caseRedirects: SiteData['caseRedirects'] = []
  const liveSlugs = new Set(cases.map((c) => c.slug))
  for (const c of cases) {
    for (const old of c.slugHistory ?? []) {
      if (old.slug && old.slug !== c.slug && !liveSlugs.has(old.slug)) {
        caseRedirects.push({ from: old.slug, to: caseUrl(c), title: c.title })
      }
    }
  }

  return {
    cases: sorted,
    campaigns: [...campaigns].sort((a, b) => b.year - a.year || a.id - b.id),
    features: [...features].sort((a, b) => (b.publishedOn ?? b.publishedAt ?? '').localeCompare(a.publishedOn ?? a.publishedAt ?? '') || b.id - a.id),
    brands: [...brands].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    units: [...units].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    publicityNotices,
    resultLists,
    noticesByCampaign,
    resultsByCampaign,
    campaignById,
    unitById,
    brandById,
    caseById,
    casesByCampaign,
    casesByUnit,
    casesByBrand,
    brandsByUnit,
    casesByCategory,
    casesByYear,
    casesByTier,
    regions,
    regionSlugOf,
    regionOf,
    yearOf,
    caseRedirects,
    lookups,
    caseView,
    summaries: (list) => list.map((c) => caseSummary(c, lookups)),
  }
}

/** Every reference a page will follow must lead to a published document; all problems are reported at once. */
function checkReferences(
  data: Pick<SiteData, 'cases' | 'features' | 'brands' | 'units' | 'campaignById' | 'unitById' | 'brandById' | 'caseById'> & {
    mediaById: Map<number, MediaView>
  },
) {
  const problems: string[] = []
  const check = (ok: boolean, who: string, what: string) => {
    if (!ok) problems.push(`${who} refers to ${what}, which is missing or not published`)
  }
  const has = (map: Map<number, unknown>, ref: Ref<{ id: number }>) => {
    const id = refId(ref)
    return id !== undefined && map.has(id)
  }
  for (const c of data.cases) {
    const who = `case "${c.title}" (/cases/${c.slug}/)`
    check(has(data.campaignById, c.campaign as Ref<Campaign>), who, `campaign #${refId(c.campaign as Ref<Campaign>)}`)
    check(has(data.unitById, c.unit as Ref<Unit>), who, `unit #${refId(c.unit as Ref<Unit>)}`)
    for (const u of c.coUnits ?? []) check(has(data.unitById, u as Ref<Unit>), who, `co-unit #${refId(u as Ref<Unit>)}`)
    if (c.brand) check(has(data.brandById, c.brand as Ref<Brand>), who, `brand #${refId(c.brand as Ref<Brand>)}`)
    for (const s of c.sameInitiativeAs ?? []) check(has(data.caseById, s as Ref<Case>), who, `case #${refId(s as Ref<Case>)} (same initiative)`)
    for (const img of c.images ?? []) check(has(data.mediaById, img.image as Ref<{ id: number }>), who, `image #${refId(img.image as Ref<{ id: number }>)}`)
    if (!c.slug) problems.push(`${who} has no slug`)
  }
  for (const f of data.features) {
    const who = `feature "${f.headline}" (/features/${f.slug}/)`
    if (f.campaign) check(has(data.campaignById, f.campaign as Ref<Campaign>), who, `campaign #${refId(f.campaign as Ref<Campaign>)}`)
    for (const e of f.entries ?? []) check(has(data.caseById, e.case as Ref<Case>), who, `case #${refId(e.case as Ref<Case>)}`)
  }
  for (const b of data.brands) check(has(data.unitById, b.unit as Ref<Unit>), `brand "${b.name}" (/brands/${b.slug}/)`, `unit #${refId(b.unit as Ref<Unit>)}`)
  for (const u of data.units) if (u.parent) check(has(data.unitById, u.parent as Ref<Unit>), `unit "${u.name}"`, `parent unit #${refId(u.parent as Ref<Unit>)}`)
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`).join('\n')
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''
    throw new MissingReferenceError(
      `The site would have broken links: ${problems.length} reference(s) lead to documents that are missing or not published.\n${shown}${more}\nPublish those documents, or remove the references, then build again.`,
    )
  }
}

