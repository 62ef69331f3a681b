import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { awardRank } from '../domain'
import { readVocabulary } from '../utilities/vocabulary'

type Row = {
  id?: string | null
  case?: number | { id: number } | null
  number?: string | null
  tier?: string | null
  title?: string | null
  unitName?: string | null
}
type CaseRow = {
  id: number
  title: string
  sequence?: number | null
  awardTier?: string | null
  unit?: number | { id: number; name?: string } | null
  campaign?: number | { id: number } | null
}

const idOf = (ref: number | { id: number } | null | undefined) => (ref && typeof ref === 'object' ? ref.id : (ref ?? undefined))

/**
 * Prepares a list from its campaign's entries: an empty list is filled, on
 * save, with every case of the campaign that has a tier, best tier first; each
 * row then gets its missing 编号, name, unit and tier from its case. Rows of
 * another campaign are refused on the row.
 */
export const fillListEntries: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const campaignId = idOf((data.campaign ?? (originalDoc as { campaign?: number } | undefined)?.campaign) as number | undefined)
  if (campaignId === undefined) return data
  const rows: Row[] | undefined = Array.isArray(data.entries) ? data.entries : undefined
  // A save that does not send the list (a scheduled publish sends only the status) leaves it alone.
  if (rows === undefined && operation !== 'create') return data
  const { docs } = await req.payload.find({
    collection: 'cases',
    where: { campaign: { equals: campaignId } },
    depth: 1,
    pagination: false,
    limit: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { title: true, sequence: true, awardTier: true, unit: true, campaign: true },
    populate: { units: { name: true } },
  })
  const cases = docs as unknown as CaseRow[]
  const byId = new Map(cases.map((c) => [c.id, c]))
  const { awardTiers } = await readVocabulary(req)
  const listed: Row[] =
    rows && rows.length > 0
      ? rows
      : cases
          .filter((c) => c.awardTier && c.awardTier !== 'entered')
          .sort((a, b) => awardRank(awardTiers, a.awardTier) - awardRank(awardTiers, b.awardTier) || (a.sequence ?? 1e9) - (b.sequence ?? 1e9) || a.id - b.id)
          .map((c) => ({ case: c.id }))
  if (listed.length === 0) return data
  const errors: { path: string; message: string }[] = []
  data.entries = listed.map((row, i) => {
    const kase = byId.get(idOf(row.case)!)
    if (!kase) {
      errors.push({ path: `entries.${i}.case`, message: '该案例不属于本活动，请选择本活动的案例。' })
      return row
    }
    const unit = kase.unit && typeof kase.unit === 'object' ? kase.unit.name : undefined
    return {
      ...row,
      number: row.number || (kase.sequence != null ? String(kase.sequence) : null),
      tier: row.tier || kase.awardTier || null,
      title: row.title || kase.title,
      unitName: row.unitName || unit || null,
    }
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
