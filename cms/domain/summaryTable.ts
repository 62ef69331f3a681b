import { listNames } from './vocabulary'

/**
 * The 汇总表 layout (seed 000, attachments 4 and 5): the table a submitting
 * office sends with its cases. Import and export use these headers.
 */
export const summaryTableColumns = [
  // 序号 is the submitter's own numbering; 编号 (the campaign's) is not read back from a table.
  { key: 'sequence', header: '序号', aliases: [] },
  { key: 'title', header: '案例名称', aliases: ['项目名称', '名称'] },
  { key: 'caseType', header: listNames.caseTypes, aliases: ['类型', '类别'] },
  { key: 'unit', header: '申报单位', aliases: ['报送单位', '单位', '牵头单位'] },
  { key: 'contactPerson', header: '联系人', aliases: ['联 系 人'] },
  { key: 'contactPhone', header: '联系电话', aliases: ['电话'] },
  { key: 'remarks', header: '备注', aliases: [] },
] as const

export type SummaryColumnKey = (typeof summaryTableColumns)[number]['key']

/** The column a header names, ignoring spaces (editors write 联 系 人). */
export function summaryColumnOf(header: string): SummaryColumnKey | undefined {
  const h = header.replace(/\s+/g, '')
  return summaryTableColumns.find((c) => c.header === h || c.aliases.some((a) => a.replace(/\s+/g, '') === h))?.key
}

export function summaryHeader(key: SummaryColumnKey): string {
  return summaryTableColumns.find((c) => c.key === key)!.header
}
