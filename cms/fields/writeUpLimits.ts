import type { RichTextField, TextareaField } from 'payload'
import { textarea } from 'payload/shared'

import { writeUpFieldProblems, type CaseCampaignSettings } from '../domain'
import { safeRichText } from './safeRichText'

type CaseData = { abstract?: string | null; sections?: Record<string, unknown> | null; campaignSettings?: CaseCampaignSettings | null }

/**
 * The campaign's 字数 limit on one write-up field (`abstract`, `sections.background`…),
 * read from the case's virtual 活动设置. This is what keeps the message on the
 * field in the admin: its form re-validates each field on the server as the
 * editor goes on typing, which would clear an error only a save hook reported.
 * The save hook (checkAgainstCampaign) stays the rule for every other way in.
 */
function limitProblem(path: string, data: unknown): string | true {
  const { abstract, sections, campaignSettings } = (data ?? {}) as CaseData
  if (!campaignSettings?.writeUpRules) return true
  const messages = writeUpFieldProblems({ abstract, sections }, campaignSettings.writeUpRules)
    .filter((problem) => problem.path === path)
    .map((problem) => problem.message)
  return messages.length ? messages.join(' ') : true
}

/** `validate` for a write-up section: what the site must not receive, Lexical's own checks, then the campaign's limit. */
export const sectionWithinLimits =
  (path: string): RichTextField['validate'] =>
  async (value, options) => {
    const safe = await safeRichText!(value, options)
    return safe === true ? limitProblem(path, options.data) : safe
  }

/** `validate` for the abstract: Payload's textarea checks, then the campaign's limit. */
export const abstractWithinLimits: TextareaField['validate'] = async (value, options) => {
  const own = await textarea(value, options)
  return own === true ? limitProblem('abstract', options.data) : own
}
