import type { PayloadRequest } from 'payload'

import { lookupForBatch } from '../../database/batchCreate'
import { latestVersions } from '../../database/latestVersions'
import { refId, type DocumentId, type Ref } from '../../domain/documentId'

/** What the checks that count a campaign's entries read of each: its 编号 and its award. */
export type CampaignEntry = { id: DocumentId; title?: string | null; sequence?: number | null; awardTier?: string | null }

/**
 * Every stored entry of a campaign as last saved, drafts included, for the
 * checks over all of them (the next 编号, a 编号 already taken, the award
 * tally). While a batch of cases stages, one read serves every campaign its
 * announced documents name (lookupForBatch); entries the batch has added but
 * not written are not in it: callers add `stagedDocuments(req, 'cases')`.
 */
export async function storedCampaignEntries(req: PayloadRequest, campaign: DocumentId): Promise<CampaignEntry[]> {
  // Keys are strings; the query takes the ids as they came (numbers on SQLite).
  const ids = new Map<string, DocumentId>([[String(campaign), campaign]])
  const keysOf = (data: Record<string, unknown>) => {
    const id = refId(data.campaign as Ref)
    if (id === undefined || id === null) return []
    ids.set(String(id), id)
    return [String(id)]
  }
  const loadMany = async (keys: string[]) => {
    const found = new Map<string, CampaignEntry[]>(keys.map((key) => [key, []]))
    const where = { campaign: { in: keys.map((key) => ids.get(key) ?? key) } }
    for (const doc of await latestVersions(req, 'cases', where, ['campaign', 'title', 'sequence', 'awardTier'])) {
      const { id, title, sequence, awardTier } = doc as CampaignEntry
      found.get(String(refId(doc.campaign as Ref)))?.push({ id, title, sequence, awardTier })
    }
    return found
  }
  return (await lookupForBatch(req, { collection: 'cases', lookup: 'campaign entries', key: String(campaign), keysOf, loadMany })) ?? []
}
