/**
 * The domain vocabulary of huibian: every list of terms the seeds define.
 * The CMS (select options), the site (labels, facets, category pages) and the
 * tests all read from here, so a term is spelt once.
 *
 * Values are ASCII keys (stable in URLs, database enums and GraphQL); labels
 * are what readers and editors see.
 */

export type Term<V extends string = string> = {
  value: V
  label: string
  /** A line shown to editors and on category pages. */
  description?: string
  /** For case types: the kind of entry (see caseKinds) the type belongs to; 获奖案例 when absent. */
  kind?: 'case' | 'project' | 'site'
}

const terms = <const T extends readonly Term[]>(list: T) => list

/** What each list is called, wherever a form, a column, a facet or a page names it. */
export const listNames = {
  caseTypes: '案例类型',
  fields: '领域',
  awardTiers: '奖项等次',
  unitLevels: '单位层级',
} as const

/**
 * 案例类型: how a campaign sorts its entries (seed 000, 003, 004). `kind` is the
 * kind of entry a type belongs to: 创新项目 types (seed 003) and 示范点 types (seed 004).
 */
export const caseTypes = terms([
  {
    value: 'jiguan-dangjian',
    label: '机关党建类',
    description: '机关党建工作、精神文明建设和群团工作方面的创新做法。',
  },
  {
    value: 'fei-jiguan-dangjian',
    label: '非机关党建类',
    description: '机关围绕中心工作、深化改革、服务发展形成的体制机制创新；党群部门的业务工作案例也归入此类。',
  },
  {
    value: 'zhidu-jizhi',
    kind: 'project',
    label: '制度机制类',
    description: '把零散的创新做法固化为规范可操作、推广可复制的制度或机制。',
  },
  {
    value: 'tiejun-fuwu-zhongxin',
    kind: 'project',
    label: '铁军+服务中心类',
    description: '发挥职能优势，打造铁军标杆、聚焦中心工作、体现服务成效。',
  },
  {
    value: 'dangjian-huodong',
    kind: 'project',
    label: '党建+活动类',
    description: '以党建为引领、党员为骨干，结合单位职能开展活动并形成工作模式。',
  },
  { value: 'jingji-zhuanxing', kind: 'site', label: '促进经济转型升级', description: '机关党建示范点类型之一。' },
  { value: 'jingpin-chengshi', kind: 'site', label: '助推精品城市建设', description: '机关党建示范点类型之一。' },
  { value: 'shehui-zhili', kind: 'site', label: '推进社会治理创新', description: '机关党建示范点类型之一。' },
  { value: 'minsheng-guanai', kind: 'site', label: '服务民生关爱群众', description: '机关党建示范点类型之一。' },
  { value: 'shuren-yuren', kind: 'site', label: '树人育人招才引智', description: '机关党建示范点类型之一。' },
  { value: 'congyan-lianjie', kind: 'site', label: '从严管理廉洁高效', description: '机关党建示范点类型之一。' },
])

/** 领域: the seven fields of grassroots Party building (seed 001). */
export const fields = terms([
  { value: 'nongcun', label: '农村基层党建', description: '抓党建促脱贫攻坚、促乡村振兴，壮大村级集体经济，建设带头人队伍。' },
  { value: 'chengshi', label: '城市基层党建', description: '党建引领基层治理，近邻党建，共建共治共享的城市治理格局。' },
  { value: 'guoqi', label: '国有企业党建', description: '把党的领导融入公司治理各环节，提高国有企业党建质量。' },
  { value: 'feigong-shehui', label: '非公有制经济组织和社会组织党建', description: '扩大两新组织有效覆盖，建强书记、党员和指导员队伍。' },
  { value: 'jiguan', label: '机关党建', description: '突出政治建设，党建与业务深度融合，解决“灯下黑”问题。' },
  { value: 'xuexiao', label: '学校党建', description: '落实立德树人根本任务，引领教育改革创新。' },
  { value: 'xinxing', label: '新兴领域和新兴业态党建', description: '园区、楼宇、商圈、互联网、快递物流等新兴领域的党建方式。' },
])

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

/**
 * 奖项等次, highest first: `rank` orders the 汇编 and the search sort.
 * A campaign's award scheme picks from these.
 */
export const awardTiers = [
  { value: 'first', label: '一等奖', rank: 1 },
  { value: 'second', label: '二等奖', rank: 2 },
  { value: 'third', label: '三等奖', rank: 3 },
  { value: 'top-ten', label: '十佳案例', rank: 4 },
  { value: 'brand', label: '党建品牌', rank: 5 },
  { value: 'excellent', label: '优秀案例', rank: 6 },
  { value: 'hundred-best', label: '百优案例', rank: 7 },
  { value: 'commended', label: '通报表彰', rank: 8 },
  { value: 'demonstration', label: '示范点', rank: 9 },
  { value: 'entered', label: '参评', rank: 10 },
] as const satisfies readonly (Term & { rank: number })[]

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

export type CaseTypeValue = (typeof caseTypes)[number]['value']
export type FieldValue = (typeof fields)[number]['value']
export type CaseKindValue = (typeof caseKinds)[number]['value']
export type PageKindValue = (typeof pageKinds)[number]['value']
export type UnitCategoryValue = (typeof unitCategories)[number]['value']
export type UnitLevelValue = (typeof unitLevels)[number]['value']
export type AdminLevelValue = (typeof adminLevels)[number]['value']
export type AwardTierValue = (typeof awardTiers)[number]['value']
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
export function kindOfCaseType(type: string | null | undefined): CaseKindValue {
  return (caseTypes as readonly Term[]).find((t) => t.value === type)?.kind ?? 'case'
}

export function awardRank(tier: string | null | undefined): number {
  return awardTiers.find((t) => t.value === tier)?.rank ?? 99
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
