/** The 统计 page's tables as one CSV, as the open data writes CSV (BOM for Excel, CRLF). */
import { stringify } from 'csv-stringify/sync'

import { neutralizeFormula } from '../../../cms/utilities/spreadsheetCell'
import type { StatTable } from './caseStats'

export const statsCsvHeader = ['统计项', '取值', '条目数'] as const

export function statsCsv(tables: StatTable[]): string {
  const rows = tables.flatMap((t) => [...t.counts.map((c) => [t.label, c.label, c.count]), [t.label, '合计', t.total]])
  return stringify([[...statsCsvHeader], ...rows], { bom: true, record_delimiter: 'windows', cast: { string: (value) => neutralizeFormula(value) } })
}
