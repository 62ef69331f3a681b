/**
 * Open data of campaigns: /data/campaigns.json, each campaign with its stages
 * (marked against the build day), 公示 and result lists. Every field is
 * defined once here, with its description; the codebook page renders these
 * same lists, so it cannot fall out of date.
 */
import type { Campaign, PublicityNotice, ResultList } from '../../cms/payload-types'
import { chinaDay, labelOf, publicityListKinds, stageKinds, stageStatuses } from '../../cms/domain'
import { isConcluded, listRows, periodStatus, periodStatusLabel, stageViews, type ListRow, type StageView } from './campaignView'
import type { SiteData } from './siteData'
import { absoluteUrl, campaignUrl, publicityUrl, resultListUrl } from '../../cms/domain/urls'

type Value = string | number | null | Record<string, unknown>[] | Record<string, unknown>

export type Field<T> = { key: string; type: '文本' | '整数' | '日期' | '网址' | '数组' | '对象'; description: string; value: (item: T) => Value }
type Ctx = { data: SiteData; site: string; today: string }

const row = <T>(fields: Field<T>[], item: T) => Object.fromEntries(fields.map((f) => [f.key, f.value(item)]))

export const stageFields: Field<StageView>[] = [
  { key: 'name', type: '文本', description: '环节名称，如“案例推荐”“组织评选”。', value: (s) => s.name },
  { key: 'kind', type: '文本', description: `环节类别：${stageKinds.map((k) => k.label).join('、')}。`, value: (s) => s.kind },
  { key: 'start', type: '日期', description: '开始日期（YYYY-MM-DD）；通知未写明时为空。', value: (s) => s.start ?? null },
  { key: 'end', type: '日期', description: '截止日期（YYYY-MM-DD）；通知未写明时为空。', value: (s) => s.end ?? null },
  {
    key: 'status',
    type: '文本',
    description: `按数据生成日（asOf）判断的状态：${stageStatuses.map((s) => s.label).join('、')}。`,
    value: (s) => s.statusLabel,
  },
  { key: 'description', type: '文本', description: '环节的说明，取自活动通知。', value: (s) => s.description },
]

export const entryFields: Field<ListRow>[] = [
  { key: 'number', type: '文本', description: '名单中的编号。', value: (r) => r.number },
  { key: 'title', type: '文本', description: '案例名称，以名单发布时为准。', value: (r) => r.title },
  { key: 'unit', type: '文本', description: '申报单位。', value: (r) => r.unit },
  { key: 'tier', type: '文本', description: '拟评或获奖等次的名称（编辑维护的词表，如一等奖）。', value: (r) => r.tier },
  { key: 'caseUrl', type: '网址', description: '案例页面的永久链接；案例尚未在本站发布时为空（仅获奖名单有此项）。', value: (r) => r.href ?? null },
]

export const noticeFields = (ctx: Ctx): Field<PublicityNotice>[] => [
  { key: 'title', type: '文本', description: '公示标题。', value: (n) => n.title },
  { key: 'url', type: '网址', description: '公示页面的永久链接；公示期结束后仍保留。', value: (n) => absoluteUrl(publicityUrl(n), ctx.site) },
  {
    key: 'listKind',
    type: '文本',
    description: `名单类别：${publicityListKinds.map((k) => k.label).join('、')}。`,
    value: (n) => labelOf(publicityListKinds, n.listKind),
  },
  { key: 'issuer', type: '文本', description: '发布单位。', value: (n) => n.issuer },
  { key: 'documentNumber', type: '文本', description: '文号；没有时为空字符串。', value: (n) => n.documentNumber ?? '' },
  { key: 'periodStart', type: '日期', description: '公示期开始日期。', value: (n) => chinaDay(n.periodStart) ?? null },
  {
    key: 'periodEnd',
    type: '日期',
    description: '公示期截止日期：从开始日起按工作日推算，跳过周末和法定节假日，调休上班日计入。',
    value: (n) => chinaDay(n.periodEnd) ?? null,
  },
  { key: 'workingDays', type: '整数', description: '公示期的工作日数。', value: (n) => n.workingDays },
  { key: 'holidayData', type: '文本', description: '推算截止日期所用的节假日数据及其版本。', value: (n) => n.holidayData ?? '' },
  {
    key: 'status',
    type: '文本',
    description: `按数据生成日判断：${Object.values(periodStatusLabel).join('、')}。`,
    value: (n) => periodStatusLabel[periodStatus(n, ctx.today)],
  },
  {
    key: 'objectionChannel',
    type: '对象',
    description: '公开的异议受理渠道：office（受理部门）、phone、email、address。',
    value: (n) => ({ ...n.objectionChannel }),
  },
  {
    key: 'entries',
    type: '数组',
    description: '名单条目，各项字段见下表“名单条目”（不含 caseUrl）。',
    value: (n) =>
      listRows(n.entries, ctx.data, false).map((r) =>
        row(
          entryFields.filter((f) => f.key !== 'caseUrl'),
          r,
        ),
      ),
  },
]

export const resultFields = (ctx: Ctx): Field<ResultList>[] => [
  { key: 'title', type: '文本', description: '获奖名单标题。', value: (r) => r.title },
  { key: 'url', type: '网址', description: '获奖名单页面的永久链接。', value: (r) => absoluteUrl(resultListUrl(r), ctx.site) },
  { key: 'issuer', type: '文本', description: '发布单位。', value: (r) => r.issuer },
  { key: 'documentNumber', type: '文本', description: '文号；没有时为空字符串。', value: (r) => r.documentNumber ?? '' },
  { key: 'issuedOn', type: '日期', description: '发文日期。', value: (r) => chinaDay(r.issuedOn) ?? null },
  {
    key: 'entries',
    type: '数组',
    description: '获奖条目，各项字段见下表“名单条目”。',
    value: (r) => listRows(r.entries, ctx.data, true).map((e) => row(entryFields, e)),
  },
]

export const campaignFields = (ctx: Ctx): Field<Campaign>[] => [
  { key: 'slug', type: '文本', description: '活动的永久标识，即网址 /campaigns/ 之后的部分。', value: (c) => c.slug ?? '' },
  { key: 'url', type: '网址', description: '活动页面的永久链接。', value: (c) => absoluteUrl(campaignUrl(c), ctx.site) },
  { key: 'name', type: '文本', description: '活动全称。', value: (c) => c.name },
  { key: 'year', type: '整数', description: '活动年度。', value: (c) => c.year },
  { key: 'region', type: '文本', description: '活动地区。', value: (c) => c.region ?? '' },
  { key: 'documentNumber', type: '文本', description: '征集通知的文号；没有时为空字符串。', value: (c) => c.documentNumber ?? '' },
  { key: 'issuedOn', type: '日期', description: '征集通知的发文日期。', value: (c) => chinaDay(c.issuedOn) ?? null },
  {
    key: 'stages',
    type: '数组',
    description: '活动环节，按通知中的顺序，各项字段见下表“活动环节”。',
    value: (c) => stageViews(c, ctx.today, isConcluded(c, ctx.data)).map((s) => row(stageFields, s)),
  },
  {
    key: 'publicity',
    type: '数组',
    description: '已发布的公示，各项字段见下表“公示”。',
    value: (c) => (ctx.data.noticesByCampaign.get(c.id) ?? []).map((n) => row(noticeFields(ctx), n)),
  },
  {
    key: 'results',
    type: '数组',
    description: '已发布的获奖名单，各项字段见下表“获奖名单”。',
    value: (c) => (ctx.data.resultsByCampaign.get(c.id) ?? []).map((r) => row(resultFields(ctx), r)),
  },
]

export function campaignsJson(data: SiteData, site: string, today: string): string {
  const ctx = { data, site, today }
  const fields = campaignFields(ctx)
  return JSON.stringify(
    { source: absoluteUrl('/', site), asOf: today, count: data.campaigns.length, campaigns: data.campaigns.map((c) => row(fields, c)) },
    null,
    1,
  )
}

/** The field tables of the codebook, in the order they nest. */
export function campaignCodebook() {
  const ctx = {} as Ctx // descriptions only: no value is computed
  return [
    { title: '活动', fields: campaignFields(ctx) },
    { title: '活动环节', fields: stageFields },
    { title: '公示', fields: noticeFields(ctx) },
    { title: '获奖名单', fields: resultFields(ctx) },
    { title: '名单条目', fields: entryFields },
  ].map(({ title, fields }) => ({ title, fields: fields.map(({ key, type, description }) => ({ key, type, description })) }))
}
