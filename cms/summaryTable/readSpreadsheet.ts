import { parse } from 'csv-parse/sync'
import readXlsxFile from 'read-excel-file/node'

import { summaryColumnOf, type SummaryColumnKey } from '../domain'
import { normalizeLines, normalizeText } from '../utilities/normalizeText'

/** A problem an editor can fix, located as they see it in the spreadsheet. */
export type RowError = { row: number; column: string; message: string }

export type SheetRow = { row: number; values: Partial<Record<SummaryColumnKey, string>> }

export type SummarySheet = {
  rows: SheetRow[]
  /** Columns found, by their header. */
  columns: SummaryColumnKey[]
  /** The 填报单位 written above the table, if any (seed 000, attachment 4 has no 申报单位 column). */
  submitter?: string
}

export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SpreadsheetError'
  }
}

const MAX_BYTES = 5 * 1024 * 1024
const MAX_ROWS = 5000

/** Reads a 汇总表 from a CSV or XLSX file, whatever title lines stand above its header row. */
export async function readSpreadsheet(data: Buffer, filename: string): Promise<SummarySheet> {
  if (data.byteLength === 0) throw new SpreadsheetError('上传的文件是空的。')
  if (data.byteLength > MAX_BYTES) throw new SpreadsheetError('文件超过 5 MB，请拆分后分批导入。')
  const cells = isXlsx(data) ? await readXlsx(data) : isCsvName(filename) || !isZip(data) ? readCsv(data) : null
  if (!cells) throw new SpreadsheetError('只能导入 CSV 或 XLSX（Excel 2007 及以上）文件。旧版 .xls 文件请在 Excel 中另存为 .xlsx。')
  return toSheet(cells)
}

const isZip = (data: Buffer) => data[0] === 0x50 && data[1] === 0x4b
const isXlsx = (data: Buffer) => isZip(data)
const isCsvName = (name: string) => /\.(csv|txt)$/i.test(name)

async function readXlsx(data: Buffer): Promise<string[][]> {
  try {
    const sheets = await readXlsxFile(data)
    const first = sheets[0]
    if (!first) throw new Error('no sheet')
    return first.data.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cellText(cell))))
  } catch {
    throw new SpreadsheetError('无法读取这个 XLSX 文件：文件可能已损坏，或不是 Excel 表格。请在 Excel 中打开后重新另存为 .xlsx 再导入。')
  }
}

function cellText(cell: unknown): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell)
}

/**
 * CSV from Excel on a Chinese Windows is often GBK, not UTF-8. We decode UTF-8
 * when the bytes are valid UTF-8, else GB18030 (a superset of GBK), so no
 * mojibake is ever saved; UTF-16 is known by its byte-order mark.
 */
function decode(data: Buffer): string {
  // Excel's "Unicode text" is UTF-16 with a byte-order mark; GB18030 would read it as mojibake.
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2))
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '')
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(data)
    } catch {
      throw new SpreadsheetError('无法识别文件的文字编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。')
    }
  }
}

function readCsv(data: Buffer): string[][] {
  const text = decode(data)
  if (text.includes('\u0000')) throw new SpreadsheetError('这不是文本格式的 CSV 文件。')
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true, delimiter: [',', '\t', '，'] }) as string[][]
  } catch (error) {
    throw new SpreadsheetError(`CSV 格式有误：${(error as Error).message}。请检查引号是否成对。`)
  }
}

function toSheet(cells: string[][]): SummarySheet {
  const headerIndex = cells.findIndex((row) => row.some((cell) => summaryColumnOf(cell) === 'title'))
  if (headerIndex < 0) {
    throw new SpreadsheetError('找不到表头：汇总表须有“序号、案例名称、案例类型、申报单位、联系人、联系电话、备注”等列，且含“案例名称”列。')
  }
  let submitter: string | undefined
  for (const row of cells.slice(0, headerIndex)) {
    for (const cell of row) {
      const match = /填报单位[:：]\s*([^（(\s][^（(]*)/.exec(cell ?? '')
      if (match?.[1]?.trim()) submitter = normalizeText(match[1])
    }
  }
  const header = cells[headerIndex]!
  const columns = new Map<number, SummaryColumnKey>()
  for (const [index, cell] of header.entries()) {
    const key = summaryColumnOf(cell ?? '')
    if (key && ![...columns.values()].includes(key)) columns.set(index, key)
  }
  const rows: SheetRow[] = []
  for (const [offset, raw] of cells.slice(headerIndex + 1).entries()) {
    const values: SheetRow['values'] = {}
    for (const [index, key] of columns) {
      const text = key === 'remarks' ? normalizeLines(raw[index] ?? '') : normalizeText(raw[index] ?? '')
      if (text) values[key] = text
    }
    // Blank lines, and rows with only a 序号 (the template's empty numbered rows), are not entries.
    const filled = Object.keys(values).filter((k) => k !== 'sequence')
    if (filled.length === 0) continue
    rows.push({ row: headerIndex + offset + 2, values })
  }
  if (rows.length > MAX_ROWS) throw new SpreadsheetError(`一次最多导入 ${MAX_ROWS} 行，请拆分文件。`)
  return { rows, columns: [...columns.values()], submitter }
}
