import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { countChars, type WriteUpRules } from '../domain'
import { applyWriteUp, type AppliedWriteUp } from './applyWriteUp'
import type { HonourEntry, PressEntry } from './closingEntries'
import { planWriteUp, type SectionReport, type WriteUpPlan } from './planWriteUp'
import { WriteUpFileError } from './writeUpFileError'
import { writeInTransaction } from './writeInTransaction'

type Id = number | string

/** What the editor sees of a planned import (the plan without its rich text and image bytes). */
export type WriteUpSummary = {
  file: string
  title?: string
  abstract?: string
  abstractLength?: number
  sections: SectionReport[]
  /** Over or under the campaign's limits: nothing is written while there are any. */
  problems: string[]
  warnings: string[]
  images: number
  honours: HonourEntry[]
  press: PressEntry[]
}

export type WriteUpImportResult =
  { ok: true; applied: boolean; summary: WriteUpSummary; case?: AppliedWriteUp } | { ok: false; error: string; summary?: WriteUpSummary }

export type WriteUpImportOptions = {
  caseId: Id
  user: PayloadRequest['user']
  /** false: only say what the file would do. */
  apply: boolean
  closingAsEntries?: boolean
}

export function summarize(plan: WriteUpPlan): WriteUpSummary {
  return {
    file: plan.fileName,
    title: plan.title,
    abstract: plan.abstract,
    abstractLength: plan.abstract ? countChars(plan.abstract) : undefined,
    sections: plan.report,
    problems: plan.problems.map((p) => p.message),
    warnings: plan.warnings,
    images: plan.images.length,
    honours: plan.honours,
    press: plan.press,
  }
}

/** The campaign's write-up limits, read as the editor (who can read every campaign). */
export async function campaignRules(payload: Payload, campaignId: Id, user: PayloadRequest['user']) {
  const campaign = await payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    disableErrors: true,
    select: { name: true, writeUpRules: true },
  })
  return campaign as { id: Id; name: string; writeUpRules?: WriteUpRules | null } | null
}

/**
 * A Word write-up into one case (the 导入 Word panel of a case): first as a
 * preview (`apply: false`), then for real. A file over the campaign's limits,
 * or refused as unsafe, writes nothing.
 */
export async function importWriteUp(payload: Payload, file: { data: Buffer; name: string }, options: WriteUpImportOptions): Promise<WriteUpImportResult> {
  const kase = (await payload
    .findByID({
      collection: 'cases',
      id: options.caseId,
      draft: true,
      depth: 0,
      user: options.user,
      overrideAccess: false,
      select: { title: true, campaign: true },
    })
    .catch(() => null)) as { id: Id; title: string; campaign: Id | { id: Id } } | null
  if (!kase) return { ok: false, error: '找不到这个案例，或您没有修改它的权限。请先保存案例。' }
  const campaign = await campaignRules(payload, typeof kase.campaign === 'object' ? kase.campaign.id : kase.campaign, options.user)

  let plan: WriteUpPlan
  try {
    plan = await planWriteUp(file.data, file.name, campaign?.writeUpRules, payload.config, { closingAsEntries: options.closingAsEntries })
  } catch (error) {
    if (error instanceof WriteUpFileError) return { ok: false, error: error.message }
    throw error
  }
  if (plan.title && !sameTitle(plan.title, kase.title)) {
    plan.warnings.unshift(`Word 文件的标题“${plan.title}”与案例名称“${kase.title}”不一致，请确认这是本案例的情况介绍。`)
  }
  const summary = summarize(plan)
  if (!options.apply || summary.problems.length) return { ok: true, applied: false, summary }
  try {
    const applied = await writeInTransaction(payload, options.user, (req, files) => applyWriteUp(req, kase.id, plan, files))
    return { ok: true, applied: true, summary, case: applied }
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: validationMessage(error), summary }
    throw error
  }
}

/** A refusal by the case's own checks (limits counted with the existing sections, an image the upload checks refused). */
export function validationMessage(error: ValidationError): string {
  return error.data.errors.map((e) => e.message).join('；')
}

const bare = (text: string) => text.normalize('NFKC').replace(/[\s"'“”‘’《》「」]/gu, '')
const sameTitle = (a: string, b: string) => bare(a) === bare(b) || bare(a).includes(bare(b)) || bare(b).includes(bare(a))
