/**
 * The domain vocabulary of huibian and the rules that read it.
 *
 * Fixed lists (kinds of entry, unit levels, …) are spelt here once. The four
 * lists editors own — case types, fields, themes and award tiers — are content
 * of the CMS (its 词表 collections); here is only their shape (`Vocabulary`)
 * and the rules over them, which take the lists as an argument. Their defaults
 * are in defaultVocabulary.ts.
 *
 * Values are ASCII keys, set once and never changed (stored in documents and
 * open data); labels are what readers and editors see. A term's URL key
 * (`slug`) starts as its value and may change, leaving a redirect.
 */

export type Term<V extends string = string> = {
  value: V
  label: string
  /** A line shown to editors and on category pages. */
  description?: string | null
  /** The key in the term's public URL; its value when absent. */
  slug?: string | null
  /** URL keys the term had before, which redirect to it. */
  slugHistory?: { slug?: string | null }[] | null
}

/** A case type: its kind of entry (see caseKinds). */
export type CaseTypeTerm = Term & { kind: CaseKindValue }

/** An award tier: `rank` orders the 汇编 and the search sort (1 is highest); `kinds` limits it to some kinds of entry (none: every kind). */
export type AwardTierTerm = Term & { rank: number; kinds?: readonly CaseKindValue[] | null }

/** The lists editors own, as the CMS holds them (published terms, in their order). */
export type Vocabulary = {
  caseTypes: readonly CaseTypeTerm[]
  fields: readonly Term[]
  themes: readonly Term[]
  awardTiers: readonly AwardTierTerm[]
}

const terms = <const T extends readonly Term[]>(list: T) => list

/** What each list is called, wherever a form, a column, a facet or a page names it. */
export const listNames = {
  caseTypes: '案例类型',
  fields: '领域',
  themes: '重点工作主题',
  awardTiers: '奖项等次',
  unitLevels: '单位层级',
} as const

/** What an entry is: the page kinds of the seeds (003 projects, 004 sites). */
export const caseKinds = terms([
  // 案例, not 优秀案例: an entry is only 优秀 once the review awards it (an award tier says so).
  { value: 'case', label: '案例' },
  { value: 'project', label: '创新项目' },
  { value: 'site', label: '示范点' },
])

/** Search and listing kinds: case kinds plus brands, which have pages of their own. */
export const pageKinds = terms([...caseKinds, { value: 'brand', label: '党建品牌' }])

/** 单位类别 (seed 004). */
export const unitCategories = terms([
  { value: 'jiguan', label: '机关' },
  { value: 'shiye', label: '事业单位' },
  { value: 'guoqi-jinrong', label: '国有企业和国有金融机构' },
  { value: 'xuexiao', label: '学校' },
  { value: 'liangxin', label: '两新组织' },
])

/** 单位层级: the submitting levels that quotas are set by (seed 000). */
export const unitLevels = terms([
  { value: 'zhongyang-zhumin', label: '中央驻地单位' },
  { value: 'shengzhi', label: '省直单位' },
  { value: 'shezhi-shi', label: '设区市' },
  { value: 'shizhi', label: '市直单位' },
  { value: 'xianqu', label: '县（市、区）' },
  { value: 'qita', label: '其他' },
])

/** 行政层级 of a campaign or honour. */
export const adminLevels = terms([
  { value: 'national', label: '国家级' },
  { value: 'provincial', label: '省级' },
  { value: 'city', label: '市级' },
  { value: 'county', label: '县级' },
  { value: 'media', label: '媒体' },
  { value: 'other', label: '其他' },
])

/** 活动环节 kinds for a campaign's stages. */
export const stageKinds = terms([
  { value: 'recommend', label: '推荐申报' },
  { value: 'review', label: '组织评选' },
  { value: 'publicity', label: '公示公布' },
  { value: 'promotion', label: '交流推广' },
  { value: 'implementation', label: '组织实施' },
  { value: 'other', label: '其他' },
])

/** Provenance documents a campaign links to. */
export const documentKinds = terms([
  { value: 'notice', label: '通知' },
  { value: 'plan', label: '活动方案' },
  { value: 'publicity', label: '公示' },
  { value: 'result', label: '获奖名单' },
  { value: 'report', label: '报道' },
])

/** How a feature lays out its entries. */
export const featurePresentations = terms([
  { value: 'pairs', label: '两两并列（报纸版式）' },
  { value: 'list', label: '逐条排列' },
])

export const userRoles = terms([
  { value: 'admin', label: '管理员' },
  { value: 'editor', label: '编辑' },
])

export type CaseKindValue = (typeof caseKinds)[number]['value']
export type PageKindValue = (typeof pageKinds)[number]['value']
export type UnitCategoryValue = (typeof unitCategories)[number]['value']
export type UnitLevelValue = (typeof unitLevels)[number]['value']
export type AdminLevelValue = (typeof adminLevels)[number]['value']
export type UserRole = (typeof userRoles)[number]['value']

/** The label of a value in a list, or the value itself when it is unknown. */
export function labelOf(list: readonly Term[], value: string | null | undefined): string {
  if (!value) return ''
  return list.find((term) => term.value === value)?.label ?? value
}

/** The value whose label (or value) is `text`, for editors' spreadsheets that use labels. */
export function valueOf<T extends Term>(list: readonly T[], text: string): T['value'] | undefined {
  const wanted = text.trim()
  return list.find((term) => term.label === wanted || term.value === wanted)?.value
}

/** The kind of entry a case type belongs to. */
export function kindOfCaseType(caseTypes: readonly CaseTypeTerm[], type: string | null | undefined): CaseKindValue {
  return caseTypes.find((t) => t.value === type)?.kind ?? 'case'
}

/** A tier's rank, 1 the highest; unknown tiers (and none) sort last. */
export function awardRank(awardTiers: readonly AwardTierTerm[], tier: string | null | undefined): number {
  return awardTiers.find((t) => t.value === tier)?.rank ?? 99
}

/** Whether an award tier may be given to an entry of this kind. */
export function tierAppliesTo(tier: AwardTierTerm, kind: string | null | undefined): boolean {
  return !tier.kinds?.length || tier.kinds.includes((kind ?? 'case') as CaseKindValue)
}

/** The key of a term's public URL: its slug, or its value for a term saved before slugs. */
export const termSlug = (term: Term) => term.slug || term.value

/** A term's position in its list, for sorting by vocabulary order (unknown terms last). */
export function termOrder(list: readonly Term[], value: string | null | undefined): number {
  const i = list.findIndex((t) => t.value === value)
  return i === -1 ? list.length : i
}

/** Payload select options from a vocabulary list. */
export function options(list: readonly Term[]): { label: string; value: string }[] {
  return list.map(({ label, value }) => ({ label, value }))
}

/** 公示 lists (seed 000: 公示 before awards; seed 004: 公示 before a recommendation). */
export const publicityListKinds = terms([
  { value: 'commend', label: '拟表彰名单' },
  { value: 'recommend', label: '拟推荐名单' },
])
