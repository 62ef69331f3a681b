/**
 * What the campaign, 公示 and 获奖名单 pages show, as plain data: stage
 * timelines and periods marked against the build day, and list rows that link
 * only to case pages that are published.
 */
import type { Campaign, PublicityNotice, ResultList } from '../../cms/payload-types'
import { chinaDay, documentKinds, labelOf, publicityListKinds, stageKinds, stageStatusesOn, stageStatusLabel, type StageStatus } from '../../cms/domain'
import { refId } from '../../cms/domain/documentId'
import type { SiteData } from './siteData'
import { caseUrl, publicityUrl, resultListUrl } from '../../cms/domain/urls'

export type StageView = {
  name: string
  kind: string
  when: string
  start?: string
  end?: string
  description: string
  status: StageStatus
  statusLabel: string
}

/** 2020年5月15日 */
export function dayText(day: string | undefined): string {
  if (!day) return ''
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** 2020年5月15日—7月24日; 截至…; …起 */
export function spanText(start: string | undefined, end: string | undefined): string {
  if (start && end) {
    const sameYear = start.slice(0, 4) === end.slice(0, 4)
    return `${dayText(start)}—${sameYear ? dayText(end).replace(/^\d+年/, '') : dayText(end)}`
  }
  if (end) return `截至${dayText(end)}`
  if (start) return `${dayText(start)}起`
  return '日期未定'
}

/** Whether a campaign's results are out: a published result list, or published cases with a tier. */
export function isConcluded(campaign: Campaign, data: SiteData): boolean {
  if (data.resultsByCampaign.get(campaign.id)?.length) return true
  return (data.casesByCampaign.get(campaign.id) ?? []).some((c) => c.awardTier && c.awardTier !== 'entered')
}

export function stageViews(campaign: Campaign, today: string, concluded: boolean): StageView[] {
  const stages = (campaign.stages ?? []).map((s) => ({ ...s, start: chinaDay(s.start), end: chinaDay(s.end) }))
  const statuses = stageStatusesOn(stages, today, concluded)
  return stages.map((s, i) => ({
    name: s.name,
    kind: labelOf(stageKinds, s.kind),
    when: spanText(s.start, s.end),
    start: s.start,
    end: s.end,
    description: s.description ?? '',
    status: statuses[i]!,
    statusLabel: stageStatusLabel(statuses[i]!),
  }))
}

export type DocumentView = { title: string; number: string; kind: string; issuer: string; date: string; url: string }

export function documentViews(campaign: Campaign): DocumentView[] {
  return (campaign.documents ?? []).map((d) => ({
    title: d.title,
    number: d.number ?? '',
    kind: labelOf(documentKinds, d.kind),
    issuer: d.issuer ?? '',
    date: dayText(chinaDay(d.date)),
    url: d.url ?? '',
  }))
}

export type PeriodStatus = 'upcoming' | 'current' | 'done'
export const periodStatusLabel: Record<PeriodStatus, string> = { upcoming: '未开始', current: '公示中', done: '已结束' }

export function periodStatus(notice: Pick<PublicityNotice, 'periodStart' | 'periodEnd'>, today: string): PeriodStatus {
  const start = chinaDay(notice.periodStart)!
  const end = chinaDay(notice.periodEnd) ?? start
  return today < start ? 'upcoming' : today > end ? 'done' : 'current'
}

export type ListRow = { number: string; title: string; unit: string; tier: string; href?: string }

type Entries = NonNullable<PublicityNotice['entries'] | ResultList['entries']>

/** Rows as published; `linkCases`: link a row to its case page when that page exists. */
export function listRows(entries: Entries | null | undefined, data: SiteData, linkCases: boolean): ListRow[] {
  return (entries ?? []).map((e, i) => {
    const kase = data.caseById.get(refId(e.case)!)
    return {
      number: e.number || String(i + 1),
      title: e.title ?? kase?.title ?? '',
      unit: e.unitName ?? '',
      tier: labelOf(data.vocabulary.awardTiers, e.tier),
      href: linkCases && kase ? caseUrl(kase) : undefined,
    }
  })
}

export type NoticeSummary = { title: string; url: string; kind: string; period: string; status: PeriodStatus; statusLabel: string }

export function noticeSummary(notice: PublicityNotice, today: string): NoticeSummary {
  const status = periodStatus(notice, today)
  return {
    title: notice.title,
    url: publicityUrl(notice),
    kind: labelOf(publicityListKinds, notice.listKind),
    period: spanText(chinaDay(notice.periodStart), chinaDay(notice.periodEnd)),
    status,
    statusLabel: periodStatusLabel[status],
  }
}

export type ResultSummary = { title: string; url: string; number: string; date: string; count: number }

export function resultSummary(list: ResultList): ResultSummary {
  return {
    title: list.title,
    url: resultListUrl(list),
    number: list.documentNumber ?? '',
    date: dayText(chinaDay(list.issuedOn)),
    count: list.entries?.length ?? 0,
  }
}
