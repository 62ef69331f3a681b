/**
 * The vocabularies huibian starts with: today's lists from the seeds. They are
 * content now (the 词表 collections of the CMS, where editors add and rename
 * terms); these lists are only what a new database is given by its migration,
 * so a fresh clone publishes the same site with the same URLs as before.
 * Nothing else reads them: the CMS, the importer and the site read the terms
 * from the CMS.
 */
import type { AwardTierTerm, CaseTypeTerm, Term } from './vocabulary'

/**
 * 案例类型: how a campaign sorts its entries (seed 000, 003, 004). `kind` is the
 * kind of entry a type belongs to: 创新项目 types (seed 003) and 示范点 types (seed 004).
 */
export const defaultCaseTypes = [
  {
    value: 'jiguan-dangjian',
    kind: 'case',
    label: '机关党建类',
    description: '机关党建工作、精神文明建设和群团工作方面的创新做法。',
  },
  {
    value: 'fei-jiguan-dangjian',
    kind: 'case',
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
] as const satisfies readonly CaseTypeTerm[]

/** 领域: the seven fields of grassroots Party building (seed 001). */
export const defaultFields = [
  { value: 'nongcun', label: '农村基层党建', description: '抓党建促脱贫攻坚、促乡村振兴，壮大村级集体经济，建设带头人队伍。' },
  { value: 'chengshi', label: '城市基层党建', description: '党建引领基层治理，近邻党建，共建共治共享的城市治理格局。' },
  { value: 'guoqi', label: '国有企业党建', description: '把党的领导融入公司治理各环节，提高国有企业党建质量。' },
  { value: 'feigong-shehui', label: '非公有制经济组织和社会组织党建', description: '扩大两新组织有效覆盖，建强书记、党员和指导员队伍。' },
  { value: 'jiguan', label: '机关党建', description: '突出政治建设，党建与业务深度融合，解决“灯下黑”问题。' },
  { value: 'xuexiao', label: '学校党建', description: '落实立德树人根本任务，引领教育改革创新。' },
  { value: 'xinxing', label: '新兴领域和新兴业态党建', description: '园区、楼宇、商圈、互联网、快递物流等新兴领域的党建方式。' },
] as const satisfies readonly Term[]

/**
 * 奖项等次, highest first: `rank` orders the 汇编 and the search sort.
 * A campaign's award scheme picks from these; `kinds` limits a tier to some kinds of entry (none: every kind).
 */
export const defaultAwardTiers = [
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
] as const satisfies readonly AwardTierTerm[]

/**
 * 重点工作主题 (seed 001's four themes of 2021): campaigns name the themes they
 * call for; the term is what the campaign page and open data show.
 */
export const defaultThemes = [
  { value: 'gao-zhiliang-fazhan', label: '坚定不移推动高质量发展' },
  { value: 'xiangcun-zhenxing', label: '加快推进乡村振兴' },
  { value: 'renmin-shenghuo-pinzhi', label: '着力提高人民生活品质' },
  { value: 'dangshi-xuexi-jiaoyu', label: '在党史学习教育中做到学史明理' },
] as const satisfies readonly Term[]

/** Every default list, keyed as the Vocabulary is. */
export const defaultVocabulary = {
  caseTypes: defaultCaseTypes,
  fields: defaultFields,
  themes: defaultThemes,
  awardTiers: defaultAwardTiers,
} as const
