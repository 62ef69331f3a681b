/**
 * 统计: how many published entries there are, by year, campaign, region,
 * kind, case type, field and award tier. Counted from the open-data rows
 * (site/lib/openData.ts), so every number on the 统计 page and in its CSV is
 * what a reader counts in /data/cases.json, and the labels are the same.
 */
import { adoptionScopes } from '../../../cms/domain'
import { caseColumns } from '../openData'

type Row = Record<string, unknown>

export type StatDimension = {
  /** The open-data column counted. */
  column: string
  /** Years run in time order, award tiers by rank; the rest by count, largest first. */
  order: 'year' | 'rank' | 'count'
  /** For order 'rank' without a rank column: the labels, first to last. */
  ranking?: readonly string[]
  /** Shown on the overall page only (within a campaign it has one value). */
  overallOnly?: true
}

/**
 * What the page counts, in the order it shows them. A dimension whose column
 * open data does not have is left out, not shown empty: 推广层级
 * (adoptionLevel, the widest scope a case has reached) counts once issue 15's
 * case facts put it in open data; its ranking then comes from their scope list.
 */
export const statDimensions: StatDimension[] = [
  { column: 'year', order: 'year', overallOnly: true },
  { column: 'campaign', order: 'year', overallOnly: true },
  { column: 'region', order: 'count' },
  { column: 'kind', order: 'count' },
  { column: 'caseType', order: 'count' },
  { column: 'field', order: 'count' },
  { column: 'awardTier', order: 'rank' },
  { column: 'adoptionLevel', order: 'rank', ranking: [...adoptionScopes].reverse().map((s) => s.label) },
]

/** What a row without a value is counted as, so that each table adds up to the total. */
export const unspecifiedLabel = '未填写'

export type StatCount = { label: string; count: number }

export type StatTable = {
  column: string
  /** 「按地区」… from the codebook's column label. */
  title: string
  /** The column's label, the table's first header. */
  label: string
  counts: StatCount[]
  total: number
}

/** A cell's values: list columns count once per distinct item; an empty cell counts as 未填写. */
export function valuesOf(value: unknown): string[] {
  const values = (Array.isArray(value) ? value : [value]).map((v) => (v === null || v === undefined ? '' : String(v).trim())).filter(Boolean)
  return values.length ? [...new Set(values)] : [unspecifiedLabel]
}

/** The sort key a value takes its order from: the year itself, or the rank column beside it. */
function orderOf(dimension: StatDimension, rows: Row[]): (label: string) => number {
  if (dimension.order === 'count') return () => 0
  const ranking = dimension.ranking
  if (ranking) return (label) => (ranking.includes(label) ? ranking.indexOf(label) : Infinity)
  const source = dimension.column === 'campaign' ? 'year' : dimension.column === 'awardTier' ? 'awardRank' : undefined
  const firstOf = new Map<string, number>()
  for (const row of rows) {
    const rank = source ? Number(row[source]) : NaN
    for (const label of valuesOf(row[dimension.column])) {
      if (!firstOf.has(label)) firstOf.set(label, Number.isFinite(rank) && rank > 0 ? rank : dimension.order === 'year' ? Number(label) || Infinity : Infinity)
    }
  }
  return (label) => firstOf.get(label) ?? Infinity
}

export function countBy(dimension: StatDimension, rows: Row[]): StatCount[] {
  const counts = new Map<string, number>()
  for (const row of rows) for (const label of valuesOf(row[dimension.column])) counts.set(label, (counts.get(label) ?? 0) + 1)
  const order = orderOf(dimension, rows)
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort(
      (a, b) =>
        Number(a.label === unspecifiedLabel) - Number(b.label === unspecifiedLabel) ||
        order(a.label) - order(b.label) ||
        b.count - a.count ||
        a.label.localeCompare(b.label, 'zh-CN'),
    )
}

/**
 * The tables of a set of open-data rows (all of them, or one campaign's).
 * A dimension no row fills in says nothing and is left out.
 */
export function caseStats(rows: Row[], scope: 'overall' | 'campaign'): StatTable[] {
  const labels = new Map(caseColumns.map((c) => [c.key, c.label]))
  return statDimensions
    .filter((d) => labels.has(d.column) && (scope === 'overall' || !d.overallOnly))
    .map((d) => ({ column: d.column, title: `按${labels.get(d.column)}`, label: labels.get(d.column)!, counts: countBy(d, rows), total: rows.length }))
    .filter((t) => t.counts.some((c) => c.label !== unspecifiedLabel))
}
