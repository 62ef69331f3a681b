/**
 * Case facts: when a practice started, how far it has spread, how big it is,
 * and the evidence for it (issue 15). The CMS fields, the case page, the 汇编,
 * open data and the search facets all read these lists and helpers.
 */
import type { Term } from './vocabulary'

/**
 * 推广范围, narrowest first: seed 000's 本单位、本系统、本地区 and its 全省 / 全国 conditions.
 * The order is the rank: the 推广层级 of a case is the widest scope it has reached.
 */
export const adoptionScopes = [
  { value: 'unit', label: '本单位' },
  { value: 'system', label: '本系统' },
  { value: 'city', label: '全市' },
  { value: 'province', label: '全省' },
  { value: 'national', label: '全国' },
] as const satisfies readonly Term[]

export type AdoptionScopeValue = (typeof adoptionScopes)[number]['value']

/** 佐证材料 kinds: seed 001 asks for 图片、影像资料、媒体报道资料; seed 000 names 地方标准 and leaders' 肯定. */
export const evidenceKinds = [
  { value: 'photo', label: '图片' },
  { value: 'video', label: '视频' },
  { value: 'report', label: '媒体报道' },
  { value: 'instruction', label: '领导批示' },
  { value: 'certificate', label: '荣誉证书' },
  { value: 'standard', label: '地方标准' },
  { value: 'document', label: '其他文件' },
] as const satisfies readonly Term[]

/** How exact a figure is, as the seeds write it: 410余场次, 约1.8万人次. */
export const figureQualifiers = [
  { value: 'over', label: '余（以上）' },
  { value: 'about', label: '约' },
] as const satisfies readonly Term[]

/** A year with an optional month (the seeds give 2022年初, 2023年11月), and a part of the year when the month is unknown. */
export type YearMonth = { year?: number | null; month?: number | null; part?: string | null }

export const yearParts = [
  { value: 'early', label: '年初' },
  { value: 'mid', label: '年中' },
  { value: 'late', label: '年底' },
] as const satisfies readonly Term[]

/** 2022年初, 2023年11月, 2024年; '' without a year. */
export function yearMonthText(date: YearMonth | null | undefined): string {
  if (!date?.year) return ''
  if (date.month) return `${date.year}年${date.month}月`
  const part = yearParts.find((p) => p.value === date.part)
  return part ? `${date.year}${part.label}` : `${date.year}年`
}

/** 2022 or 2023-11, for open data; '' without a year. */
export function yearMonthIso(date: YearMonth | null | undefined): string {
  if (!date?.year) return ''
  return date.month ? `${date.year}-${String(date.month).padStart(2, '0')}` : String(date.year)
}

/** Months since year 0, to compare two dates of month precision (a missing month counts as January). */
export const monthIndex = (date: YearMonth) => (date.year ?? 0) * 12 + ((date.month ?? 1) - 1)

/** The widest scope among a case's adoption records, or undefined when it has none. */
export function widestAdoptionScope(adoptions: readonly { scope?: string | null }[] | null | undefined): (typeof adoptionScopes)[number] | undefined {
  let best = -1
  for (const a of adoptions ?? [])
    best = Math.max(
      best,
      adoptionScopes.findIndex((s) => s.value === a.scope),
    )
  return best === -1 ? undefined : adoptionScopes[best]
}

type Figure = { label: string; value: number; unit?: string | null; qualifier?: string | null; asOf?: YearMonth | null }

/** A figure as readers see it: 小区网格 8511 个（截至 2024 年）; 活动 410 余场次. */
export function figureText(figure: Figure): string {
  const { label, quantity, asOf } = figureParts(figure)
  return `${label} ${quantity}${asOf}`
}

// One formatter for all figures: toLocaleString with options builds a new one per call, which
// was the largest single cost of a 10,000-case build's case views (about 7 s of CPU per build).
const figureNumber = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 4 })

/** A figure's parts, 小区网格 / 8511 个 / （截至 2024 年）: pages keep each of the last two on one line. */
export function figureParts(figure: Figure): { label: string; quantity: string; asOf: string } {
  const number = figureNumber.format(figure.value)
  // A percent sign sits on its number (100%); a word unit is spaced from it (8511 个).
  const unit = !figure.unit ? '' : figure.unit === '%' ? '%' : ` ${figure.unit}`
  const amount = figure.qualifier === 'about' ? `约 ${number}${unit}` : figure.qualifier === 'over' ? `${number} 余${unit.trim()}` : `${number}${unit}`
  const asOf = yearMonthText(figure.asOf).replace(/(\d+)/g, ' $1 ').trim()
  return { label: figure.label, quantity: amount, asOf: asOf ? `（截至 ${asOf}）` : '' }
}

/**
 * Whether a 佐证 file may be shown to readers. The file carries it (not the
 * case), so the file's own API answer and its bytes follow it: a private file
 * is readable by editors only.
 */
export const evidenceVisibilities = [
  { value: 'public', label: '公开' },
  { value: 'private', label: '不公开' },
] as const satisfies readonly Term[]

export type EvidenceVisibility = (typeof evidenceVisibilities)[number]['value']

/** What a 佐证 file may be, by the type its bytes show (its MIME type), and the name readers see. */
export const evidenceFileFormats: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word（DOCX）',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel（XLSX）',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint（PPTX）',
}

/** 1.2 MB, 350 KB: a file's size as the case page's download link shows it. */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
