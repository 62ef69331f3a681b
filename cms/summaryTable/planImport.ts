import { isWithinRegion, kindOfCaseType, labelOf, summaryHeader, unitLevels, valueOf, type CaseTypeTerm, type SummaryColumnKey } from '../domain'
import type { DocumentId as Id } from '../domain/documentId'
import type { RowError, SummarySheet } from './readSpreadsheet'

export type CampaignRules = {
  id: Id
  name: string
  caseTypes?: { type?: string | null }[] | null
  region?: string | null
  quotas?: { unitLevel?: string | null; caseType?: string | null; max?: number | null }[] | null
}
export type KnownUnit = { id: Id; name: string; shortName?: string | null; level?: string | null; region?: string | null }
export type ExistingCase = { id: Id; title: string; unit: Id; caseType?: string | null }

/** A unit to match or create: an existing id, or the name of a new one. */
export type UnitRef = { id: Id; name: string } | { id?: undefined; name: string }

/** What the editor says about a unit the table names: which existing unit it is, or how to create it. */
export type UnitMapping = {
  /** The table's text → the id of the existing unit it means (the mapping step's choice). */
  choices?: Record<string, Id>
  /** The table's text → full name, level and region of the unit to create. */
  newUnits?: Record<string, { name?: string; level?: string; region?: string }>
  /** Level and region for every new unit the table names, where `newUnits` says nothing. */
  newUnitLevel?: string
  newUnitRegion?: string
}

/** A unit the import will create, with the level and region quota checks need. */
export type NewUnit = { text: string; name: string; level: string; region: string; rows: number[] }

/** A name that fits several units: the import stops until the editor picks one. */
export type AmbiguousUnit = { text: string; rows: number[]; candidates: { id: Id; name: string; region?: string | null }[] }

export type PlannedCase = {
  row: number
  title: string
  /** 序号 in the submitter's own table (each table starts at 1). */
  submittedSequence: number
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
  newUnits: NewUnit[]
  ambiguousUnits: AmbiguousUnit[]
  /** Names of units to create that still lack a level or region (the mapping step asks for them). */
  unknownUnits: string[]
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
  options: { defaultUnit?: KnownUnit; /** The 词表's case types, as the CMS holds them. */ caseTypes: readonly CaseTypeTerm[] } & UnitMapping,
): ImportPlan {
  const { caseTypes } = options
  const errors: RowError[] = []
  const error = (row: number, column: SummaryColumnKey | '', message: string) => errors.push({ row, column: column ? summaryHeader(column) : '', message })
  const accepted = (campaign.caseTypes ?? []).map((t) => t.type).filter((t): t is string => Boolean(t))
  const plan: ImportPlan = { cases: [], alreadyImported: [], newUnits: [], ambiguousUnits: [], unknownUnits: [], errors }

  let submitter: KnownUnit | undefined
  if (sheet.submitter && !options.defaultUnit) {
    const found = matchUnit(units, sheet.submitter, campaign, options.choices)
    if (found.kind === 'unit') submitter = found.unit
    else if (found.kind === 'ambiguous') {
      plan.ambiguousUnits.push({ text: sheet.submitter, rows: [0], candidates: found.candidates.map(candidate) })
      error(0, '', ambiguousMessage(`填报单位“${sheet.submitter}”`, found.candidates))
    }
  }
  const fallbackUnit = options.defaultUnit ?? submitter

  if (!sheet.columns.includes('unit') && !fallbackUnit) {
    error(0, 'unit', '表中没有“申报单位”列，也未指定填报单位。请在导入时选择填报单位，或在表中加上“申报单位”列。')
  }
  if (sheet.rows.length === 0) error(0, 'title', '表中没有案例行。')

  const seen = new Map<string, number>()
  for (const [index, { row, values }] of sheet.rows.entries()) {
    const before = errors.length
    const title = values.title ?? ''
    if (!title) error(row, 'title', '案例名称为空。')
    else if (title.length > 200) error(row, 'title', `案例名称有 ${title.length} 个字符，超过 200 个字符的上限。`)

    let submittedSequence = index + 1
    if (values.sequence) {
      const n = Number(values.sequence)
      if (!Number.isInteger(n) || n < 0) error(row, 'sequence', `序号“${values.sequence}”不是整数。`)
      else submittedSequence = n
    }

    let caseType: string | undefined
    if (values.caseType) {
      caseType = valueOf(caseTypes, values.caseType)
      const allowed = accepted.length ? accepted : caseTypes.map((t) => t.value as string)
      if (!caseType || !allowed.includes(caseType)) {
        error(row, 'caseType', `案例类型“${values.caseType}”不是“${campaign.name}”的类型，应为：${allowed.map((t) => labelOf(caseTypes, t)).join('、')}。`)
        caseType = undefined
      }
    } else if (accepted.length) {
      error(row, 'caseType', `案例类型为空，应为：${accepted.map((t) => labelOf(caseTypes, t)).join('、')}。`)
    }

    let unit: UnitRef | undefined
    if (values.unit) {
      const found = matchUnit(units, values.unit, campaign, options.choices)
      if (found.kind === 'unit') unit = { id: found.unit.id, name: found.unit.name }
      else if (found.kind === 'ambiguous') {
        const listed = plan.ambiguousUnits.find((a) => a.text === values.unit)
        if (listed) listed.rows.push(row)
        else plan.ambiguousUnits.push({ text: values.unit, rows: [row], candidates: found.candidates.map(candidate) })
        error(row, 'unit', ambiguousMessage(`“${values.unit}”`, found.candidates))
      } else {
        const created = planNewUnit(plan, values.unit, row, campaign, units, options, found.elsewhere)
        if (created) unit = { name: created.name }
      }
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
    plan.cases.push({
      row,
      title,
      submittedSequence,
      caseType,
      kind: kindOfCaseType(caseTypes, caseType),
      unit,
      contactPerson: values.contactPerson,
      contactPhone: values.contactPhone,
      remarks: values.remarks,
    })
  }

  checkQuotas(plan, campaign, units, existing, caseTypes)
  return plan
}

type UnitMatch =
  | { kind: 'unit'; unit: KnownUnit }
  | { kind: 'ambiguous'; candidates: KnownUnit[] }
  /** No unit of the campaign's region; `elsewhere` have the short name in other regions. */
  | { kind: 'none'; elsewhere: KnownUnit[] }

/**
 * The unit a table means by `text`: the editor's choice, else the unit of that
 * full name, else the one unit of the campaign's region with that 规范简称.
 * 「市水利局」 in a 福建 campaign never means 金华市水利局; two units of the region
 * with one short name are ambiguous, and the import never picks one.
 */
export function matchUnit(units: KnownUnit[], text: string, campaign: Pick<CampaignRules, 'region'>, choices?: Record<string, Id>): UnitMatch {
  const chosen = choices?.[text]
  if (chosen !== undefined && chosen !== '') {
    const unit = units.find((u) => String(u.id) === String(chosen))
    if (unit) return { kind: 'unit', unit }
  }
  const byName = units.find((u) => sameText(u.name, text))
  if (byName) return { kind: 'unit', unit: byName }
  const byShortName = units.filter((u) => u.shortName && sameText(u.shortName, text))
  const inRegion = campaign.region ? byShortName.filter((u) => isWithinRegion(u.region, campaign.region)) : byShortName
  if (inRegion.length === 1) return { kind: 'unit', unit: inRegion[0]! }
  if (inRegion.length > 1) return { kind: 'ambiguous', candidates: [...inRegion].sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN')) }
  return { kind: 'none', elsewhere: byShortName }
}

const candidate = (u: KnownUnit) => ({ id: u.id, name: u.name, region: u.region })

function ambiguousMessage(what: string, candidates: KnownUnit[]): string {
  const names = candidates.map((u) => `${u.name}${u.region ? `（${u.region}）` : ''}`).join('、')
  return `${what}可能是 ${candidates.length} 个单位：${names}。请在“核对单位”中选定，或在表中改写为单位全称。`
}

/** A unit the table names that does not exist: it is created only with the level and region the editor gives. */
function planNewUnit(
  plan: ImportPlan,
  text: string,
  row: number,
  campaign: CampaignRules,
  units: KnownUnit[],
  options: UnitMapping,
  elsewhere: KnownUnit[],
): NewUnit | undefined {
  const listed = plan.newUnits.find((u) => u.text === text)
  if (listed) {
    listed.rows.push(row)
    return listed
  }
  // The answers come from a form (or any client): only strings count.
  const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const given = (options.newUnits?.[text] ?? {}) as Record<string, unknown>
  const name = str(given.name) || text
  const level = str(given.level) || str(options.newUnitLevel)
  const region = str(given.region) || str(options.newUnitRegion)
  const problems: string[] = []
  if (!level) problems.push('层级')
  if (!region) problems.push('地区')
  const error = (message: string) => plan.errors.push({ row, column: summaryHeader('unit'), message })
  const others = elsewhere.length
    ? `（同一简称的${elsewhere.map((u) => `${u.name}${u.region ? `属于${u.region}` : ''}`).join('、')}，不在本活动地区${campaign.region ? `${campaign.region}` : ''}内）`
    : ''
  if (problems.length) {
    if (!plan.unknownUnits.includes(text)) plan.unknownUnits.push(text)
    error(`“${text}”不是已有单位${others}，导入时将新建。请在“新建单位”中填写它的全称、${problems.join('和')}（必填），或在表中改写为已有单位的全称。`)
    return undefined
  }
  if (name.length > 120 || region.length > 40) {
    error(`新建单位“${name.slice(0, 40)}”的全称或地区过长（全称至多 120 字，地区至多 40 字）。`)
    return undefined
  }
  if (!valueOf(unitLevels, level)) {
    error(`新建单位“${name}”的层级“${level}”无效，应为：${unitLevels.map((l) => l.label).join('、')}。`)
    return undefined
  }
  if (campaign.region && !isWithinRegion(region, campaign.region)) {
    error(`新建单位“${name}”的地区“${region}”不在本活动的地区（${campaign.region}）内，请核对。`)
    return undefined
  }
  const clash = units.find((u) => sameText(u.name, name))
  if (clash) {
    error(`要新建的单位全称“${name}”已有单位使用（${clash.region ?? '未填地区'}）。请在“核对单位”中直接选定它，或换一个全称。`)
    return undefined
  }
  const planned: NewUnit = { text, name, level: valueOf(unitLevels, level)!, region, rows: [row] }
  plan.newUnits.push(planned)
  return planned
}

/** 申报名额: a unit may submit at most `max` cases (of a type) by its level, counting what it already has. */
function checkQuotas(plan: ImportPlan, campaign: CampaignRules, units: KnownUnit[], existing: ExistingCase[], caseTypes: readonly CaseTypeTerm[]) {
  const quotas = (campaign.quotas ?? []).filter((q) => typeof q.max === 'number')
  if (!quotas.length) return
  const levelOf = (ref: UnitRef) =>
    (ref.id !== undefined ? units.find((u) => u.id === ref.id)?.level : plan.newUnits.find((u) => u.name === ref.name)?.level) ?? undefined
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
