import path from 'node:path'

import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { applyWriteUp } from './applyWriteUp'
import { campaignRules, summarize, validationMessage, type WriteUpSummary } from './importWriteUp'
import { matchCase, type CaseTitle } from './matchCase'
import { planWriteUp } from './planWriteUp'
import { readZip } from './readZip'
import { WriteUpFileError } from './writeUpFileError'
import { writeInTransaction } from './writeInTransaction'

type Id = number | string

/** One file's outcome: 已导入, 超出字数 (nothing written), 未匹配 or 文件被拒绝. */
export type BatchFileReport = {
  file: string
  status: 'filled' | 'overLimit' | 'unmatched' | 'refused'
  case?: CaseTitle & { imagesAdded?: number; honoursAdded?: number; pressAdded?: number }
  /** Cases the file could belong to when its name matches more than one. */
  candidates?: CaseTitle[]
  message?: string
  summary?: WriteUpSummary
}

export type BatchResult = { ok: true; files: BatchFileReport[] } | { ok: false; error: string }

/** A .zip of write-ups: many small files, together at most this big once inflated. */
export const batchZipLimits = { maxTotalBytes: 300 * 1024 * 1024, maxEntries: 500, maxRatio: 100, ratioFloorBytes: 1024 * 1024 }

/**
 * Word write-ups into the drafts of a campaign, after its 汇总表 import: one
 * .docx or a .zip of them. Each file is matched to its case by 案例名称 and
 * written in its own transaction, so one bad file changes nothing and stops
 * no other. Every file gets a line in the report.
 */
export async function importWriteUpBatch(
  payload: Payload,
  upload: { data: Buffer; name: string },
  options: { campaign: Id; user: PayloadRequest['user'] },
): Promise<BatchResult> {
  const campaign = await campaignRules(payload, options.campaign, options.user)
  if (!campaign) return { ok: false, error: '请选择要导入的征集评选活动。' }

  let files: { name: string; data: Buffer }[]
  if (/\.zip$/i.test(upload.name)) {
    try {
      files = (await readZip(upload.data, batchZipLimits, `「${upload.name}」`)).filter((f) => !isClutter(f.name))
    } catch (error) {
      if (error instanceof WriteUpFileError) return { ok: false, error: error.message.replace('不是 Word 文档（.docx）', '不是 ZIP 压缩包') }
      throw error
    }
    if (!files.length) return { ok: false, error: `「${upload.name}」中没有 Word 文件。` }
  } else files = [upload]

  const cases = (
    await payload.find({
      collection: 'cases',
      where: { campaign: { equals: campaign.id } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      user: options.user,
      overrideAccess: false,
      select: { title: true },
    })
  ).docs as CaseTitle[]

  const reports: BatchFileReport[] = []
  const filledBy = new Map<string, string>()
  for (const file of files) {
    const name = file.name
    if (!/\.(docx|docm|doc)$/i.test(name)) {
      reports.push({ file: name, status: 'refused', message: '不是 Word 文件（.docx），已跳过。' })
      continue
    }
    let plan
    try {
      plan = await planWriteUp(file.data, name, campaign.writeUpRules, payload.config)
    } catch (error) {
      if (!(error instanceof WriteUpFileError)) throw error
      reports.push({ file: name, status: 'refused', message: error.message })
      continue
    }
    const summary = summarize(plan)
    const match = matchCase(cases, plan.title, name)
    if (!match.case) {
      const message = match.candidates.length
        ? `可能属于 ${match.candidates.map((c) => `「${c.title}」`).join('、')}，无法确定，未导入。请把文件名改为其中一个案例名称后重新上传，或在该案例中单独导入。`
        : `在“${campaign.name}”中没有找到名为「${plan.title ?? path.basename(name)}」的案例。请先导入汇总表，或把文件名改为案例名称后重新上传。`
      reports.push({ file: name, status: 'unmatched', candidates: match.candidates, message, summary })
      continue
    }
    const earlier = filledBy.get(String(match.case.id))
    if (earlier) {
      reports.push({ file: name, status: 'unmatched', case: match.case, message: `与「${earlier}」对应同一案例，未导入，请检查是否重复。`, summary })
      continue
    }
    if (summary.problems.length) {
      reports.push({ file: name, status: 'overLimit', case: match.case, message: '字数不符合本活动的要求，未导入。请在 Word 中修改后重新上传。', summary })
      continue
    }
    try {
      const applied = await writeInTransaction(payload, options.user, (req, written) => applyWriteUp(req, match.case.id, plan, written))
      filledBy.set(String(match.case.id), name)
      reports.push({ file: name, status: 'filled', case: { ...match.case, ...applied }, summary })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      const status = error.data.collection === 'media' ? 'refused' : 'overLimit'
      reports.push({ file: name, status, case: match.case, message: `${validationMessage(error)}（未导入）`, summary })
    }
  }
  return { ok: true, files: reports }
}

/** What zip tools add beside the files: macOS resource forks, Word's ~$ lock files, folders. */
const isClutter = (name: string) =>
  name.startsWith('__MACOSX/') || path.basename(name).startsWith('~$') || path.basename(name).startsWith('.') || name.endsWith('/')
