/** 公示 and 获奖名单, newest first, and by campaign; lists of an unpublished campaign are left out. */
import type { Campaign, PublicityNotice, ResultList } from '../../../cms/payload-types'
import { refId } from '../caseView'

export type CampaignLists = {
  publicityNotices: PublicityNotice[]
  resultLists: ResultList[]
  noticesByCampaign: Map<number, PublicityNotice[]>
  resultsByCampaign: Map<number, ResultList[]>
}

function byCampaign<T extends { campaign: number | Campaign }>(lists: T[], campaignById: Map<number, Campaign>) {
  const shown = lists.filter((l) => campaignById.has(refId(l.campaign)!))
  const map = new Map<number, T[]>()
  for (const l of shown) {
    const id = refId(l.campaign)!
    map.set(id, [...(map.get(id) ?? []), l])
  }
  return { shown, map }
}

export function indexCampaignLists(notices: PublicityNotice[], results: ResultList[], campaignById: Map<number, Campaign>): CampaignLists {
  const n = byCampaign([...notices].sort((a, b) => b.periodStart.localeCompare(a.periodStart) || b.id - a.id), campaignById)
  const r = byCampaign([...results].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.id - a.id), campaignById)
  return { publicityNotices: n.shown, resultLists: r.shown, noticesByCampaign: n.map, resultsByCampaign: r.map }
}
