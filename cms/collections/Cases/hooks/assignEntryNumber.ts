import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { batchIsStaging, stagedDocuments } from '../../../database/batchCreate'
import { storedCampaignEntries } from '../campaignEntries'
import { inQuotes } from '../../../domain/quotation'
import { fieldErrors } from '../../../utilities/fieldErrors'

type Id = number | string

const idOf = (ref: unknown): Id | undefined => (typeof ref === 'object' && ref ? (ref as { id: Id }).id : (ref as Id | null | undefined)) ?? undefined

/** Entries of the campaign with that number (or the highest-numbered one), including those a batch has added but not yet written. */
async function entriesNumbered(req: PayloadRequest, campaign: Id, number?: number) {
  const staged = stagedDocuments(req, 'cases')
    .filter((d) => String(idOf(d.campaign)) === String(campaign) && typeof d.sequence === 'number' && (number === undefined || d.sequence === number))
    .map((d) => ({ id: d.id as Id, title: d.title as string, sequence: d.sequence as number }))
  // A batch asks for every row: one read of the campaign's numbers serves them all.
  const stored = batchIsStaging(req)
    ? (await storedCampaignEntries(req, campaign))
        .filter((d) => typeof d.sequence === 'number' && (number === undefined || d.sequence === number))
        .map((d) => ({ id: d.id, title: d.title ?? '', sequence: d.sequence as number }))
    : (await storedEntriesNumbered(req, campaign, number)).docs
  const docs = [...staged, ...stored].sort((a, b) => Number(b.sequence ?? 0) - Number(a.sequence ?? 0))
  return { docs }
}

/** The campaign's highest 编号 so far (0 for none): a batch asks for every row, so no sorting of all of them. */
async function highestNumber(req: PayloadRequest, campaign: Id): Promise<number> {
  if (!batchIsStaging(req)) return Number((await entriesNumbered(req, campaign)).docs[0]?.sequence ?? 0)
  const stored = await storedCampaignEntries(req, campaign)
  const staged = stagedDocuments(req, 'cases').filter((d) => String(idOf(d.campaign)) === String(campaign))
  return [...stored, ...staged].reduce<number>((highest, d) => (typeof d.sequence === 'number' && d.sequence > highest ? d.sequence : highest), 0)
}

async function storedEntriesNumbered(req: PayloadRequest, campaign: Id, number?: number) {
  return req.payload.find({
    collection: 'cases',
    where: { campaign: { equals: campaign }, ...(number !== undefined ? { sequence: { equals: number } } : { sequence: { exists: true } }) },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { title: true, sequence: true },
  })
}

/**
 * 编号: every entry gets a number unique in its campaign, the next after the
 * highest, when it is created (the importer creates rows in table order, so
 * numbers follow the tables as they come). It never changes by itself; an
 * editor may set another number only if no other entry of the campaign has it.
 */
export const assignEntryNumber: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const campaign = idOf(data.campaign !== undefined ? data.campaign : originalDoc?.campaign)
  if (campaign === undefined) return data
  const movedCampaign = operation === 'update' && String(idOf(originalDoc?.campaign)) !== String(campaign)
  const requested = data.sequence !== undefined ? data.sequence : movedCampaign ? undefined : originalDoc?.sequence
  if (requested === null || requested === undefined || requested === '') {
    data.sequence = (await highestNumber(req, campaign)) + 1
    return data
  }
  const number = Number(requested)
  if (operation === 'update' && !movedCampaign && number === originalDoc?.sequence) return data
  const holder = (await entriesNumbered(req, campaign, number)).docs.find((d) => String(d.id) !== String(originalDoc?.id))
  if (holder) {
    const next = (await highestNumber(req, campaign)) + 1
    throw fieldErrors(req, { collection: collection.slug }, [
      {
        path: 'sequence',
        message: `编号 ${number} 已被本活动的${inQuotes(holder.title)}使用。编号在活动内不能重复，请改用其他编号（下一个可用编号是 ${next}），或留空由系统分配。`,
      },
    ])
  }
  return data
}
