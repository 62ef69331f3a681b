/**
 * Open data: every published case as a row of public fields, written as
 * /data/cases.json and /data/cases.csv. The columns are defined once here;
 * the codebook page renders this same list, so it cannot fall out of date.
 */
import { stringify } from 'csv-stringify/sync'

import type { Case } from '../../cms/payload-types'
import {
  adminLevels,
  adoptionScopes,
  awardRank,
  caseKinds,
  evidenceKinds,
  figureText,
  labelOf,
  listNames,
  widestAdoptionScope,
  yearMonthIso,
  yearMonthText,
} from '../../cms/domain'
import { refId } from '../../cms/domain/documentId'
import { isoDate } from './dates'
import type { SiteData } from './siteData'
import { absoluteUrl, caseUrl } from '../../cms/domain/urls'
import { neutralizeFormula } from '../../cms/utilities/spreadsheetCell'

type Value = string | number | string[] | null

export type Column = {
  /** JSON key. */
  key: string
  /** CSV header, as readers see it in Excel. */
  label: string
  type: '文本' | '整数' | '日期' | '网址' | '列表'
  description: string
  value: (kase: Case, data: SiteData, site: string) => Value
}

const list = (values: (string | null | undefined)[]) => values.filter((v): v is string => Boolean(v))

export const caseColumns: Column[] = [
  { key: 'slug', label: '标识', type: '文本', description: '案例的永久标识，即网址中 /cases/ 之后的部分；发布后不再改变。', value: (c) => c.slug ?? '' },
  { key: 'url', label: '网址', type: '网址', description: '案例页面的永久链接。', value: (c, _d, site) => absoluteUrl(caseUrl(c), site) },
  { key: 'title', label: '案例名称', type: '文本', description: '案例、创新项目或示范点的名称。', value: (c) => c.title },
  {
    key: 'kind',
    label: '类别',
    type: '文本',
    description: `条目类别：${caseKinds.map((k) => k.label).join('、')}。`,
    value: (c) => labelOf(caseKinds, c.kind),
  },
  {
    key: 'campaign',
    label: '所属活动',
    type: '文本',
    description: '收录该案例的征集评选活动全称。',
    value: (c, d) => d.campaignById.get(refId(c.campaign)!)?.name ?? '',
  },
  {
    key: 'campaignSlug',
    label: '活动标识',
    type: '文本',
    description: '活动的永久标识，即汇编网址 /huibian/ 之后的部分。',
    value: (c, d) => d.campaignById.get(refId(c.campaign)!)?.slug ?? '',
  },
  { key: 'year', label: '年度', type: '整数', description: '活动举办的年度。', value: (c, d) => d.yearOf(c) || null },
  { key: 'region', label: '地区', type: '文本', description: '申报单位所在地区；单位未填写时取活动的地区。', value: (c, d) => d.regionOf(c) },
  {
    key: 'unit',
    label: '申报单位',
    type: '文本',
    description: '申报单位全称；创新项目为牵头单位，示范点为所在单位。',
    value: (c, d) => d.unitById.get(refId(c.unit)!)?.name ?? '',
  },
  {
    key: 'unitShortName',
    label: '单位简称',
    type: '文本',
    description: '申报单位的规范简称。',
    value: (c, d) => d.unitById.get(refId(c.unit)!)?.shortName ?? '',
  },
  {
    key: 'coUnits',
    label: '参与单位',
    type: '列表',
    description: '共同申报或参与实施的单位全称。',
    value: (c, d) => list((c.coUnits ?? []).map((u) => d.unitById.get(refId(u)!)?.name)),
  },
  {
    key: 'caseType',
    label: listNames.caseTypes,
    type: '文本',
    description: '活动规定的案例类型（编辑维护的词表，如机关党建类），即网站“按类型”分类页的名称。',
    value: (c, d) => labelOf(d.vocabulary.caseTypes, c.caseType),
  },
  {
    key: 'field',
    label: listNames.fields,
    type: '文本',
    description: '基层党建领域（编辑维护的词表，如农村基层党建），即网站“按领域”分类页的名称。',
    value: (c, d) => labelOf(d.vocabulary.fields, c.field),
  },
  {
    key: 'awardTier',
    label: listNames.awardTiers,
    type: '文本',
    description: '获奖或入选等次（编辑维护的词表，如一等奖、十佳案例）。',
    value: (c, d) => labelOf(d.vocabulary.awardTiers, c.awardTier),
  },
  {
    key: 'awardRank',
    label: '等次排序',
    type: '整数',
    description: '奖项等次的排序，数字越小等次越高（一等奖为 1）；未评等次为空。',
    value: (c, d) => (c.awardTier ? awardRank(d.vocabulary.awardTiers, c.awardTier) : null),
  },
  {
    key: 'sequence',
    label: '编号',
    type: '整数',
    description: '案例在本活动中的编号（活动内唯一，汇编、获奖名单和汇总表都用它）。',
    value: (c) => c.sequence ?? null,
  },
  {
    key: 'brand',
    label: '党建品牌',
    type: '文本',
    description: '案例所属的党建品牌名称。',
    value: (c, d) => (c.brand ? (d.brandById.get(refId(c.brand)!)?.name ?? '') : ''),
  },
  { key: 'focusAreas', label: '关键词', type: '列表', description: '评审侧重方向或案例的关键词。', value: (c) => c.focusAreas ?? [] },
  { key: 'abstract', label: '摘要', type: '文本', description: '案例摘要；创新项目为项目内容及目标要求。', value: (c) => c.abstract ?? '' },
  {
    key: 'honours',
    label: '所获荣誉',
    type: '列表',
    description: '案例所获荣誉，每项前以【】注明层级（国家级、省级、市级等）。',
    value: (c) => (c.honours ?? []).map((h) => `【${labelOf(adminLevels, h.level)}】${h.text}`),
  },
  {
    key: 'press',
    label: '媒体报道',
    type: '列表',
    description: '报道或刊载该案例的媒体及标题。',
    value: (c) => (c.press ?? []).map((p) => (p.title ? `${p.outlet}：${p.title}` : p.outlet)),
  },
  {
    key: 'implementationStart',
    label: '实施开始',
    type: '文本',
    description: '做法开始实施的时间：年（YYYY）或年月（YYYY-MM）；材料只说“年初”等时只给年份。',
    value: (c) => yearMonthIso(c.implementation?.start),
  },
  {
    key: 'implementationEnd',
    label: '实施结束',
    type: '文本',
    description: '做法停止实施的时间，格式同“实施开始”；仍在运行或不详时为空。',
    value: (c) => yearMonthIso(c.implementation?.end),
  },
  {
    key: 'ongoing',
    label: '持续运行',
    type: '文本',
    description: '“是”表示做法目前仍在运行；未说明时为空。',
    value: (c) => (c.implementation?.ongoing && !c.implementation.end?.year ? '是' : ''),
  },
  {
    key: 'adoptionLevel',
    label: '推广层级',
    type: '文本',
    description: `做法被推广到的最大范围：${adoptionScopes.map((s) => s.label).join('、')}（由小到大）；没有推广记录时为空。`,
    value: (c) => widestAdoptionScope(c.adoptions)?.label ?? '',
  },
  {
    key: 'adoptions',
    label: '推广情况',
    type: '列表',
    description: '每项推广：【范围】时间，推广单位，文件或活动，如“【全省】2023年11月，省退役军人事务厅，向全省发文推广”。',
    value: (c) =>
      (c.adoptions ?? []).map((a) => `【${labelOf(adoptionScopes, a.scope)}】${[yearMonthText(a.date), a.body, a.event].filter(Boolean).join('，')}`),
  },
  {
    key: 'figures',
    label: '成效数据',
    type: '列表',
    description: '材料写明的成效数字，每项为“指标 数值 单位（截至 时间）”，如“小区网格 8511 个（截至 2024 年）”；“余”“约”照材料原样。',
    value: (c) => (c.figures ?? []).map((f) => figureText(f)),
  },
  {
    key: 'evidence',
    label: '佐证材料',
    type: '列表',
    description:
      '公开的佐证材料，每项前以【】注明类型（图片、视频、媒体报道、领导批示、荣誉证书、地方标准等），其后是链接和公开文件的下载地址；不公开的佐证不在开放数据中。',
    value: (c, d, site) =>
      (c.evidence ?? []).map((e) => {
        const id = refId(e.file as Parameters<typeof refId>[0])
        const file = id === undefined ? undefined : d.lookups.evidenceFile(id)
        const download = file?.kind === 'document' ? absoluteUrl(file.href, site) : ''
        return [`【${labelOf(evidenceKinds, e.kind)}】${e.title}`, e.url, download].filter(Boolean).join(' ')
      }),
  },
  {
    key: 'publishedAt',
    label: '发布日期',
    type: '日期',
    description: '案例在本站首次发布的日期（YYYY-MM-DD，北京时间）；来源未给出确切日期的（如内置示例合集）留空，不以导入或构建日期代替。',
    value: (c) => isoDate(c.publishedAt),
  },
]

/** In the CSV, list cells join their items with this. */
export const listSeparator = '；'

export function caseRows(data: SiteData, site: string): Record<string, Value>[] {
  return data.cases.map((c) => Object.fromEntries(caseColumns.map((col) => [col.key, col.value(c, data, site)])))
}

export function casesJson(data: SiteData, site: string): string {
  return JSON.stringify(
    { source: absoluteUrl('/', site), count: data.cases.length, columns: caseColumns.map((c) => c.key), cases: caseRows(data, site) },
    null,
    1,
  )
}

/** UTF-8 with a BOM, so that Excel opens Chinese text correctly; quoting by csv-stringify. */
export function casesCsv(data: SiteData, site: string): string {
  const rows = caseRows(data, site).map((row) =>
    caseColumns.map((col) => {
      const value = row[col.key]
      return Array.isArray(value) ? value.join(listSeparator) : value
    }),
  )
  return stringify([caseColumns.map((c) => c.label), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { string: (value) => neutralizeFormula(value) },
  })
}
