/** 公示 and 获奖名单, newest first, and by campaign; lists of an unpublished campaign are left out. */
import type { Campaign, PublicityNotice, ResultList } from '../../../cms/payload-types'
import { refId, type DocumentId } from '../../../cms/domain/documentId'
import { byCreation } from './caseIndexes'

export type CampaignLists = {
  publicityNotices: PublicityNotice[]
  resultLists: ResultList[]
  noticesByCampaign: Map<DocumentId, PublicityNotice[]>
  resultsByCampaign: Map<DocumentId, ResultList[]>
}

function byCampaign<T extends { campaign: DocumentId | Campaign }>(lists: T[], campaignById: Map<DocumentId, Campaign>) {
  const shown = lists.filter((l) => campaignById.has(refId(l.campaign)!))
  const map = new Map<DocumentId, T[]>()
  for (const l of shown) {
    const id = refId(l.campaign)!
    map.set(id, [...(map.get(id) ?? []), l])
  }
  return { shown, map }
}

export function indexCampaignLists(notices: PublicityNotice[], results: ResultList[], campaignById: Map<DocumentId, Campaign>): CampaignLists {
  const n = byCampaign(
    [...notices].sort((a, b) => b.periodStart.localeCompare(a.periodStart) || byCreation(b, a)),
    campaignById,
  )
  const r = byCampaign(
    [...results].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || byCreation(b, a)),
    campaignById,
  )
  return { publicityNotices: n.shown, resultLists: r.shown, noticesByCampaign: n.map, resultsByCampaign: r.map }
}
