/**
 * What a 统计 page shows, overall or for one campaign: headline counts and the
 * tables, all from the open-data rows (site/lib/openData.ts, caseRows).
 */
import { caseStats, type StatTable } from './caseStats'

type Row = Record<string, unknown>

export type StatsPage = {
  /** 条目, 征集评选活动, 申报单位, 地区: how many distinct values open data has. */
  headline: { label: string; count: number }[]
  tables: StatTable[]
}

const distinct = (rows: Row[], column: string) => new Set(rows.map((r) => r[column]).filter((v) => v !== '' && v != null)).size

export function statsPage(rows: Row[], scope: 'overall' | 'campaign'): StatsPage {
  return {
    headline: [
      { label: '条目', count: rows.length },
      ...(scope === 'overall' ? [{ label: '征集评选活动', count: distinct(rows, 'campaignSlug') }] : []),
      { label: '申报单位', count: distinct(rows, 'unit') },
      { label: '地区', count: distinct(rows, 'region') },
    ],
    tables: caseStats(rows, scope),
  }
}

/** One campaign's rows, by the campaign's slug (open data's 活动标识). */
export const rowsOfCampaign = (rows: Row[], slug: string) => rows.filter((r) => r.campaignSlug === slug)
