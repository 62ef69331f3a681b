import {
  caseTypes,
  kindOfCaseType,
  labelOf,
  summaryHeader,
  unitLevels,
  valueOf,
  type SummaryColumnKey,
} from '../domain'
import type { DocumentId as Id } from '../domain/documentId'
import type { RowError, SummarySheet } from './readSpreadsheet'

export type CampaignRules = {
  id: Id
  name: string
  caseTypes?: { type?: string | null }[] | null
  quotas?: { unitLevel?: string | null; caseType?: string | null; max?: number | null }[] | null
}
export type KnownUnit = { id: Id; name: string; shortName?: string | null; level?: string | null }
export type ExistingCase = { id: Id; title: string; unit: Id; caseType?: string | null }

/** A unit to match or create: an existing id, or the name of a new one. */
export type UnitRef = { id: Id; name: string } | { id?: undefined; name: string }

export type PlannedCase = {
  row: number
  title: string
  sequence: number
  caseType?: string
  kind: string
  unit: UnitRef
  contactPerson?: string
  contactPhone?: string
  remarks?: string
}

export type ImportPlan = {
  cases: PlannedCase[]
  /** Rows already in the campaign (same title and unit): imported before, skipped now. */
  alreadyImported: number[]
  newUnits: string[]
  errors: RowError[]
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '')

/**
 * Checks every row of a 汇总表 against the campaign and plans what to write.
 * Nothing is written here; any error means nothing will be.
 */
export function planImport(
  sheet: SummarySheet,
  campaign: CampaignRules,
  units: KnownUnit[],
  existing: ExistingCase[],
  options: { defaultUnit?: KnownUnit; newUnitLevel?: string } = {},
): ImportPlan {
  const errors: RowError[] = []
  const error = (row: number, column: SummaryColumnKey | '', message: string) =>
    errors.push({ row, column: column ? summaryHeader(column) : '', message })
  const accepted = (campaign.caseTypes ?? []).map((t) => t.type).filter((t): t is string => Boolean(t))
  const submitter = sheet.submitter ? findUnit(units, sheet.submitter) : undefined
  const fallbackUnit = options.defaultUnit ?? submitter

  if (!sheet.columns.includes('unit') && !fallbackUnit) {
    error(0, 'unit', '表中没有“申报单位”列，也未指定填报单位。请在导入时选择填报单位，或在表中加上“申报单位”列。')
  }
  if (sheet.rows.length === 0) error(0, 'title', '表中没有案例行。')

  const plan: ImportPlan = { cases: [], alreadyImported: [], newUnits: [], errors }
  const seen = new Map<string, number>()
  for (const [index, { row, values }] of sheet.rows.entries()) {
    const before = errors.length
    const title = values.title ?? ''
    if (!title) error(row, 'title', '案例名称为空。')
    else if (title.length > 200) error(row, 'title', `案例名称有 ${title.length} 个字符，超过 200 个字符的上限。`)

    let sequence = index + 1
    if (values.sequence) {
      const n = Number(values.sequence)
      if (!Number.isInteger(n) || n < 0) error(row, 'sequence', `序号“${values.sequence}”不是整数。`)
      else sequence = n
    }

    let caseType: string | undefined
    if (values.caseType) {
      caseType = valueOf(caseTypes, values.caseType)
      const allowed = accepted.length ? accepted : caseTypes.map((t) => t.value as string)
      if (!caseType || !allowed.includes(caseType)) {
        error(
          row,
          'caseType',
          `案例类型“${values.caseType}”不是“${campaign.name}”的类型，应为：${allowed.map((t) => labelOf(caseTypes, t)).join('、')}。`,
        )
        caseType = undefined
      }
    } else if (accepted.length) {
      error(row, 'caseType', `案例类型为空，应为：${accepted.map((t) => labelOf(caseTypes, t)).join('、')}。`)
    }

    let unit: UnitRef | undefined
    if (values.unit) {
      const known = findUnit(units, values.unit)
      unit = known ? { id: known.id, name: known.name } : { name: values.unit }
    } else if (fallbackUnit) {
      unit = { id: fallbackUnit.id, name: fallbackUnit.name }
    } else if (sheet.columns.includes('unit')) {
      error(row, 'unit', '申报单位为空。请填写单位的规范简称。')
    }

    if (values.contactPhone && values.contactPhone.length > 60) error(row, 'contactPhone', '联系电话过长（超过 60 个字符）。')
    if (values.contactPerson && values.contactPerson.length > 40) error(row, 'contactPerson', '联系人过长（超过 40 个字符）。')

    if (title && unit) {
      const key = `${unit.id ?? unit.name}\u0000${title.replace(/\s+/g, '')}`
      const first = seen.get(key)
      if (first !== undefined) error(row, 'title', `与第 ${first} 行重复（同一单位的同名案例）。`)
      else seen.set(key, row)
    }
    if (errors.length > before || !unit) continue

    const already = unit.id !== undefined && existing.some((c) => c.unit === unit.id && sameText(c.title, title))
    if (already) {
      plan.alreadyImported.push(row)
      continue
    }
    if (unit.id === undefined && !plan.newUnits.includes(unit.name)) plan.newUnits.push(unit.name)
    plan.cases.push({
      row,
      title,
      sequence,
      caseType,
      kind: kindOfCaseType(caseType),
      unit,
      contactPerson: values.contactPerson,
      contactPhone: values.contactPhone,
      remarks: values.remarks,
    })
  }

  checkQuotas(plan, campaign, units, existing, options.newUnitLevel)
  return plan
}

export function findUnit(units: KnownUnit[], text: string): KnownUnit | undefined {
  return units.find((u) => sameText(u.name, text)) ?? units.find((u) => u.shortName && sameText(u.shortName, text))
}

/** 申报名额: a unit may submit at most `max` cases (of a type) by its level, counting what it already has. */
function checkQuotas(plan: ImportPlan, campaign: CampaignRules, units: KnownUnit[], existing: ExistingCase[], newUnitLevel?: string) {
  const quotas = (campaign.quotas ?? []).filter((q) => typeof q.max === 'number')
  if (!quotas.length) return
  const levelOf = (ref: UnitRef) => (ref.id !== undefined ? units.find((u) => u.id === ref.id)?.level : newUnitLevel) ?? undefined
  const unitKey = (ref: UnitRef) => String(ref.id ?? `new:${ref.name}`)
  for (const quota of quotas) {
    const used = new Map<string, number>()
    for (const c of existing) {
      if (quota.caseType && c.caseType !== quota.caseType) continue
      const ref = { id: c.unit, name: '' }
      if (quota.unitLevel && levelOf(ref) !== quota.unitLevel) continue
      used.set(unitKey(ref), (used.get(unitKey(ref)) ?? 0) + 1)
    }
    for (const planned of plan.cases) {
      if (quota.caseType && planned.caseType !== quota.caseType) continue
      if (quota.unitLevel && levelOf(planned.unit) !== quota.unitLevel) continue
      const n = (used.get(unitKey(planned.unit)) ?? 0) + 1
      used.set(unitKey(planned.unit), n)
      if (n > quota.max!) {
        const scope = [quota.unitLevel ? labelOf(unitLevels, quota.unitLevel) : '每个单位', quota.caseType ? labelOf(caseTypes, quota.caseType) : '']
          .filter(Boolean)
          .join('')
        plan.errors.push({
          row: planned.row,
          column: summaryHeader('unit'),
          message: `“${planned.unit.name}”超出申报名额：本活动规定${scope}最多报送 ${quota.max} 个，这是第 ${n} 个。`,
        })
      }
    }
  }
}
