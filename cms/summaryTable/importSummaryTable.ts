import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError, type Payload, type PayloadRequest } from 'payload'

import { startCreateBatch, type CreateBatch } from '../database/batchCreate'
import type { DocumentId } from '../domain/documentId'
import { planImport, type AmbiguousUnit, type CampaignRules, type ExistingCase, type KnownUnit, type NewUnit, type UnitMapping } from './planImport'
import { readSpreadsheet, SpreadsheetError, type RowError } from './readSpreadsheet'
import { readVocabulary } from '../utilities/vocabulary'

export type ImportResult =
  | {
      ok: true
      created: number
      alreadyImported: number
      unitsCreated: number
      rows: number
      /** The drafts this import made, in the table's order, for the editor to open. */
      drafts: { id: DocumentId; title: string; number?: number | null }[]
    }
  | {
      ok: false
      errors: RowError[]
      /** Names that fit several units: the mapping step offers these candidates. */
      ambiguousUnits?: AmbiguousUnit[]
      /** Units the table names that do not exist (with what the editor gave for them so far). */
      newUnits?: NewUnit[]
      unknownUnits?: string[]
    }

export type ImportOptions = UnitMapping & {
  campaign: number | string
  /** The 填报单位 for tables without a 申报单位 column. */
  unit?: number | string
  /** The editor doing it; the write runs with their rights. */
  user?: PayloadRequest['user']
}

/**
 * Imports a 汇总表 into a campaign as draft cases, all or nothing: every row is
 * checked first, and any error means nothing is written (a failure while
 * writing undoes what was written, see IMPORT_BATCH_ROWS). Units the table names
 * are matched by full name, or by 规范简称 among the units of the campaign's
 * region; a name that fits several stops the import, and new units are
 * created only with the level and region the editor gives. Rows already in
 * the campaign (same title and unit) are skipped, so a second import of the
 * same file creates nothing.
 */
export async function importSummaryTable(payload: Payload, file: { data: Buffer; name: string }, options: ImportOptions): Promise<ImportResult> {
  let sheet
  try {
    sheet = await readSpreadsheet(file.data, file.name)
  } catch (error) {
    if (error instanceof SpreadsheetError) return { ok: false, errors: [{ row: 0, column: '', message: error.message }] }
    throw error
  }

  const req = await createLocalReq({ user: options.user ?? undefined, context: { importing: true } }, payload)
  const campaign = (await payload
    .findByID({ collection: 'campaigns', id: options.campaign, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as (CampaignRules & { id: number | string }) | null
  if (!campaign) return { ok: false, errors: [{ row: 0, column: '', message: '请选择要导入的征集评选活动。' }] }

  const campaignId = campaign.id
  const units = (await payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0, req, overrideAccess: true })).docs as KnownUnit[]
  const existing = (
    await payload.find({
      collection: 'cases',
      where: { campaign: { equals: campaignId } },
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
      select: { title: true, unit: true, caseType: true },
    })
  ).docs as ExistingCase[]
  const defaultUnit = options.unit !== undefined ? units.find((u) => String(u.id) === String(options.unit)) : undefined
  const { caseTypes } = await readVocabulary(req)
  const plan = planImport(sheet, campaign, units, existing, { ...options, defaultUnit, caseTypes })
  if (plan.errors.length) {
    return {
      ok: false,
      errors: plan.errors,
      ambiguousUnits: plan.ambiguousUnits,
      newUnits: plan.newUnits,
      unknownUnits: plan.unknownUnits,
    }
  }

  // What this import wrote, to undo it if a later batch fails.
  const written: { collection: 'cases' | 'units'; id: DocumentId }[] = []
  const unitIds = new Map<string, DocumentId>()
  const drafts: { id: DocumentId; title: string; number?: number | null }[] = []
  try {
    await inTransaction(req, async () => {
      for (const unit of plan.newUnits) {
        const created = await payload.create({
          collection: 'units',
          // The table's text is the unit's 规范简称; the editor gave the full name, level and region.
          data: { name: unit.name, shortName: unit.text, level: unit.level as never, region: unit.region },
          req,
          overrideAccess: false,
        })
        unitIds.set(unit.name, created.id)
        written.push({ collection: 'units', id: created.id })
      }
    })
    for (let at = 0; at < plan.cases.length; at += IMPORT_BATCH_ROWS) {
      await inTransaction(req, async () => {
        // Each row is checked and hooked as create does; the batch is then written in one go.
        const batch = await startCreateBatch(payload, { collection: 'cases', req, draft: true, overrideAccess: false })
        const rows = plan.cases.slice(at, at + IMPORT_BATCH_ROWS)
        batch.expect(rows.map(draftData))
        for (const planned of rows) await addDraft(batch, planned)
        for (const draft of await batch.write()) {
          written.push({ collection: 'cases', id: draft.id })
          drafts.push({ id: draft.id, title: draft.title as string, number: draft.sequence as number | null | undefined })
        }
      })
    }
  } catch (error) {
    await undo(payload, req, written)
    if (error instanceof RowFailure) return { ok: false, errors: [{ row: error.row, column: '', message: error.message }] }
    throw error
  }
  return {
    ok: true,
    created: plan.cases.length,
    alreadyImported: plan.alreadyImported.length,
    unitsCreated: plan.newUnits.length,
    rows: sheet.rows.length,
    drafts,
  }

  function draftData(planned: (typeof plan.cases)[number]) {
    return {
      title: planned.title,
      campaign: campaignId,
      unit: planned.unit.id ?? unitIds.get(planned.unit.name)!,
      submittedSequence: planned.submittedSequence,
      kind: planned.kind,
      // Not an award until the campaign's review gives one.
      awardTier: 'entered',
      ...(planned.caseType ? { caseType: planned.caseType } : {}),
      contactPerson: planned.contactPerson,
      contactPhone: planned.contactPhone,
      remarks: planned.remarks,
      _status: 'draft',
    }
  }

  async function addDraft(batch: CreateBatch, planned: (typeof plan.cases)[number]) {
    try {
      return await batch.add(draftData(planned))
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new RowFailure(planned.row, error.data.errors.map((e) => e.message).join('；'))
      }
      throw error
    }
  }
}

/**
 * Rows written per transaction. MongoDB aborts a transaction that runs longer
 * than 60 seconds, so a big table is written in batches of this many rows,
 * each committed on its own; if a later batch fails, the earlier ones are
 * deleted again, so the import stays all or nothing. The rows are drafts
 * meanwhile, so the public site never sees a partial import.
 */
export const IMPORT_BATCH_ROWS = 100

async function inTransaction(req: PayloadRequest, write: () => Promise<void>): Promise<void> {
  const own = await initTransaction(req)
  try {
    await write()
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/** Deletes what a failed import wrote, cases before the units they use, a batch per transaction. */
async function undo(payload: Payload, req: PayloadRequest, written: { collection: 'cases' | 'units'; id: DocumentId }[]) {
  for (const collection of ['cases', 'units'] as const) {
    const ids = written.filter((w) => w.collection === collection).map((w) => w.id)
    for (let at = 0; at < ids.length; at += IMPORT_BATCH_ROWS) {
      await inTransaction(req, async () => {
        await payload.delete({ collection, where: { id: { in: ids.slice(at, at + IMPORT_BATCH_ROWS) } }, req, overrideAccess: true })
      })
    }
  }
}

class RowFailure extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message)
  }
}
