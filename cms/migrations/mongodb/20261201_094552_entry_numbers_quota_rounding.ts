import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * The MongoDB counterpart of the SQLite migration of the same name (its new
 * fields need no schema change here; its data changes do):
 * - Earlier imports stored each submitter's 序号 as the 编号, so several
 *   entries of a campaign could share one. The first (oldest id) keeps it; the
 *   others keep theirs as 报送序号 and get the next free 编号 of their campaign,
 *   as do entries without one. Their versions follow.
 * - Campaigns without a quota rounding rule get the default, 'round'.
 * It runs inside the migration's transaction (`session`).
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const cases = payload.db.collections.cases!.collection
  const caseVersions = payload.db.versions.cases!.collection
  const entries = await cases
    .find({ campaign: { $ne: null } }, { session, projection: { _id: 1, campaign: 1, sequence: 1 }, sort: { _id: 1 } })
    .toArray()
  const byCampaign = new Map<string, typeof entries>()
  for (const entry of entries) {
    const key = String(entry.campaign)
    byCampaign.set(key, [...(byCampaign.get(key) ?? []), entry])
  }
  for (const campaignEntries of byCampaign.values()) {
    let next = Math.max(0, ...campaignEntries.map((e) => (typeof e.sequence === 'number' ? e.sequence : 0)))
    const taken = new Set<number>()
    for (const entry of campaignEntries) {
      const old = typeof entry.sequence === 'number' ? entry.sequence : null
      if (old !== null && !taken.has(old)) {
        taken.add(old)
        continue
      }
      next += 1
      await cases.updateOne({ _id: entry._id }, { $set: { sequence: next, submittedSequence: old } }, { session })
      await caseVersions.updateMany({ parent: entry._id }, { $set: { 'version.sequence': next, 'version.submittedSequence': old } }, { session })
    }
  }
  await payload.db.collections.campaigns!.collection.updateMany({ quotaRounding: { $exists: false } }, { $set: { quotaRounding: 'round' } }, { session })
  await payload.db.versions.campaigns!.collection.updateMany(
    { 'version.quotaRounding': { $exists: false } },
    { $set: { 'version.quotaRounding': 'round' } },
    { session },
  )
}

/** Going back leaves the data as it is: the renumbered 编号 stay unique, and MongoDB has no columns to drop. */
export async function down(_: MigrateDownArgs): Promise<void> {}
