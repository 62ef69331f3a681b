import type { CollectionBeforeChangeHook } from 'payload'

import { refId, type Ref } from '../domain/documentId'
import { fieldErrors } from '../utilities/fieldErrors'
import { campaignTally, describeExcess } from './campaignTally'
import { readVocabulary } from '../utilities/vocabulary'

const waitForAdmin = '超出名额的获奖名单须由管理员在活动的“评定奖项”中确认后才能发布。'

/**
 * A case is published with an award only while its campaign's tally is within
 * quota, or an admin has confirmed the excess (recorded on the campaign).
 * Drafts may exceed: the awards panel shows it while the review goes on.
 */
export const requireQuotaConfirmationForCase: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  // A save without `_status` keeps the document's status (the awards panel's PATCH of a published case).
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  const tier = (data.awardTier !== undefined ? data.awardTier : originalDoc?.awardTier) as string | null | undefined
  const unchanged = originalDoc?._status === 'published' && originalDoc.awardTier === tier
  if (!publishing || unchanged) return data
  const campaignId = refId((data.campaign ?? originalDoc?.campaign) as Ref)
  if (!tier || campaignId === null || campaignId === undefined) return data
  const result = await campaignTally(req, campaignId, { caseId: originalDoc?.id, awardTier: tier })
  const excess = result?.unconfirmed.filter((t) => t.tier === tier) ?? []
  if (excess.length) {
    throw fieldErrors(req, { collection: collection.slug }, [
      { path: 'awardTier', message: `本活动的${describeExcess(excess, (await readVocabulary(req)).awardTiers)}，超出名额。${waitForAdmin}` },
    ])
  }
  return data
}

/** A campaign (its 汇编) is published only within quota, or with an admin's recorded confirmation. */
export const requireQuotaConfirmationForCampaign: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  // Checked when the 汇编 goes public; recording a confirmation is itself the way out.
  const becomesPublic = data._status === 'published' && originalDoc?._status !== 'published'
  if (!becomesPublic || !originalDoc?.id || req.context.recordingQuotaConfirmation) return data
  const result = await campaignTally(req, originalDoc.id)
  if (result?.unconfirmed.length) {
    throw fieldErrors(req, { collection: collection.slug }, [
      { path: 'awardScheme', message: `本活动的${describeExcess(result.unconfirmed, (await readVocabulary(req)).awardTiers)}，超出名额。${waitForAdmin}` },
    ])
  }
  return data
}
