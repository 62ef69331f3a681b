/** Cases grouped the ways listing pages show them, each list in site order. */
import type { Brand, Campaign, Case } from '../../../cms/payload-types'
import { awardRank, caseTypes } from '../../../cms/domain'
import { refId, type DocumentId, type Ref } from '../../../cms/domain/documentId'

export type CaseIndexes = {
  /** Cases of a campaign in 汇编 order: award tier, case type, 编号. */
  casesByCampaign: Map<DocumentId, Case[]>
  /** Cases a unit leads or takes part in. */
  casesByUnit: Map<DocumentId, Case[]>
  casesByBrand: Map<DocumentId, Case[]>
  brandsByUnit: Map<DocumentId, Brand[]>
  /** Keyed by case type or field value: the category pages. */
  casesByCategory: Map<string, Case[]>
  casesByYear: Map<number, Case[]>
  casesByTier: Map<string, Case[]>
}

export const byId = <T extends { id: DocumentId }>(docs: T[]) => new Map<DocumentId, T>(docs.map((d) => [d.id, d]))

/** The document a reference (populated or not) leads to, when the map holds it. */
export function lookUp<T>(map: Map<DocumentId, T>, ref: Ref): T | undefined {
  const id = refId(ref)
  return id === undefined ? undefined : map.get(id)
}

/** Creation order, the same on every engine (ids are opaque): when created, then slug. */
export const byCreation = (a: { createdAt: string; slug?: string | null }, b: { createdAt: string; slug?: string | null }) =>
  a.createdAt.localeCompare(b.createdAt) || (a.slug ?? '').localeCompare(b.slug ?? '')

export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Site order: newest campaign year first, then award tier, then 编号. */
export const byCaseOrder = (campaignOf: (c: Case) => Campaign | undefined) => (a: Case, b: Case) =>
  (campaignOf(b)?.year ?? 0) - (campaignOf(a)?.year ?? 0) ||
  awardRank(a.awardTier) - awardRank(b.awardTier) ||
  (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER) ||
  byCreation(a, b)

/** 汇编 order inside one campaign: award tier (highest first), case type (vocabulary order), 编号. */
export function huibianOrder(a: Case, b: Case): number {
  const typeIndex = (c: Case) => {
    const i = caseTypes.findIndex((t) => t.value === c.caseType)
    return i === -1 ? caseTypes.length : i
  }
  return (
    awardRank(a.awardTier) - awardRank(b.awardTier) ||
    typeIndex(a) - typeIndex(b) ||
    (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER) ||
    byCreation(a, b)
  )
}

/** One pass over the cases in site order; `yearOf` gives a case's campaign year. */
export function indexCases(sorted: Case[], brands: Brand[], yearOf: (c: Case) => number): CaseIndexes {
  const indexes: CaseIndexes = {
    casesByCampaign: new Map(),
    casesByUnit: new Map(),
    casesByBrand: new Map(),
    brandsByUnit: new Map(),
    casesByCategory: new Map(),
    casesByYear: new Map(),
    casesByTier: new Map(),
  }
  for (const c of sorted) {
    push(indexes.casesByCampaign, refId(c.campaign)!, c)
    push(indexes.casesByUnit, refId(c.unit)!, c)
    for (const co of c.coUnits ?? []) if (refId(co) !== refId(c.unit)) push(indexes.casesByUnit, refId(co)!, c)
    if (c.brand) push(indexes.casesByBrand, refId(c.brand)!, c)
    if (c.caseType) push(indexes.casesByCategory, c.caseType, c)
    if (c.field) push(indexes.casesByCategory, c.field, c)
    push(indexes.casesByYear, yearOf(c), c)
    if (c.awardTier) push(indexes.casesByTier, c.awardTier, c)
  }
  for (const list of indexes.casesByCampaign.values()) list.sort(huibianOrder)
  for (const b of brands) push(indexes.brandsByUnit, refId(b.unit)!, b)
  return indexes
}
