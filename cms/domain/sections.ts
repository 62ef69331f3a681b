/**
 * The write-up sections of a case and the limits campaigns set on them.
 * Seed 000 fixes 背景描述 ≤ 350, 创新亮点 ≤ 600, 具体做法 ≤ 1000, 取得成效 ≤ 800 and a
 * total ≤ 2500; seed 001 asks for 背景、做法、成效、意义 and an abstract of 200–300.
 */

export const sectionKeys = ['background', 'highlights', 'practice', 'results', 'significance'] as const
export type SectionKey = (typeof sectionKeys)[number]

/** Default headings, as seed 000's template names them. A campaign may rename them. */
export const sectionHeadings: Record<SectionKey, string> = {
  background: '背景描述',
  highlights: '创新亮点',
  practice: '具体做法',
  results: '取得成效',
  significance: '意义',
}

/** Other headings that editors' write-ups use for the same section. */
export const sectionAliases: Record<SectionKey, readonly string[]> = {
  background: ['背景描述', '背景', '案例背景', '基本情况'],
  highlights: ['创新亮点', '亮点', '创新点'],
  practice: ['具体做法', '做法', '主要做法', '项目内容及目标要求'],
  results: ['取得成效', '成效', '工作成效'],
  significance: ['意义', '经验启示', '推广意义'],
}

export function sectionKeyOf(heading: string): SectionKey | undefined {
  const h = heading.replace(/^[一二三四五六七八九十]+[、.．]\s*/, '').trim()
  return sectionKeys.find((key) => sectionAliases[key].includes(h))
}

export type SectionLimit = {
  section: SectionKey
  heading?: string | null
  min?: number | null
  max?: number | null
}

/** The limits a campaign puts on a write-up. Every bound is optional. */
export type WriteUpRules = {
  sections: SectionLimit[]
  totalMin?: number | null
  totalMax?: number | null
  abstractMin?: number | null
  abstractMax?: number | null
}

/** The rules of seed 000 (全省机关体制机制创新优秀案例). */
export const innovationCaseRules: WriteUpRules = {
  sections: [
    { section: 'background', max: 350 },
    { section: 'highlights', max: 600 },
    { section: 'practice', max: 1000 },
    { section: 'results', max: 800 },
  ],
  totalMax: 2500,
  abstractMax: 800,
}

/** Chinese ordinal numerals for the numbered headings (一、二、…). */
export function chineseOrdinal(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  if (n <= 0 || !Number.isInteger(n)) return String(n)
  if (n < 10) return digits[n]!
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`
  return String(n)
}

/**
 * The sections a campaign asks for: those its rules list, or all when it lists
 * none (seed 000 uses four, seed 001 uses 背景、做法、成效、意义).
 */
export function usedSections(rules: Pick<WriteUpRules, 'sections'> | null | undefined): SectionKey[] {
  const listed = (rules?.sections ?? []).map((s) => s.section).filter((key) => sectionKeys.includes(key))
  return listed.length ? sectionKeys.filter((key) => listed.includes(key)) : [...sectionKeys]
}

/** The heading a campaign gives a section, or its default. */
export function sectionHeadingIn(rules: Pick<WriteUpRules, 'sections'> | null | undefined, key: SectionKey): string {
  return rules?.sections?.find((s) => s.section === key)?.heading || sectionHeadings[key]
}

/** How the 字数 are counted, in one line for editors (the rule of countChars). */
export const charCountNote = '字数按 Word「字数统计」的方法计算：每个汉字、标点计 1 字，连续的英文字母或数字（如 APP、2023、3.5）计 1 字，空格不计。'
