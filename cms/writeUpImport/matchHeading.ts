import { sectionAliases, sectionHeadings, sectionKeys, type SectionKey, type WriteUpRules } from '../domain'

/** A section the campaign uses, under the heading it gives it. */
export type CampaignSection = { key: SectionKey; heading: string }

/** The campaign's sections in its order; all five when it sets none. */
export function campaignSections(rules: WriteUpRules | null | undefined): CampaignSection[] {
  const listed = (rules?.sections ?? []).filter((s) => s?.section)
  if (!listed.length) return sectionKeys.map((key) => ({ key, heading: sectionHeadings[key] }))
  return listed.map((s) => ({ key: s.section, heading: s.heading || sectionHeadings[s.section] }))
}

/** 一、 二、 … 十、 (also 一. and 一．), as 附件3 numbers the parts. */
export const topLevelNumber = /^\s*[一二三四五六七八九十]+\s*[、.．]\s*/

const bare = (text: string) =>
  text
    .replace(topLevelNumber, '')
    .replace(/^\s*\d+\s*[、.．]\s*/, '')
    .replace(/[\s：:。.，,]+$/u, '')
    .replace(/\s+/gu, '')

/**
 * The campaign section a heading names: its own heading for the section, the
 * default heading, or a usual alias (背景 for 背景描述). A section the campaign
 * does not use matches nothing.
 */
export function matchHeading(heading: string, sections: CampaignSection[]): SectionKey | undefined {
  const name = bare(heading)
  if (!name) return undefined
  const exact = sections.find((s) => bare(s.heading) === name || sectionAliases[s.key].includes(name))
  return exact?.key
}

/** Whether a text names any section some campaign uses, under any of its names. */
export function isSectionName(text: string): boolean {
  const name = bare(text)
  return sectionKeys.some((key) => sectionAliases[key].includes(name) || sectionHeadings[key] === name)
}

/** The heading text without its number, as reports quote it. */
export const headingName = (heading: string) => bare(heading)
