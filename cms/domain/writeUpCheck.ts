import { countChars } from './charCount'
import { lexicalToPlainText } from './lexicalText'
import { sectionHeadingIn, sectionHeadings, sectionKeys, usedSections, type SectionKey, type WriteUpRules } from './sections'

export type WriteUp = {
  abstract?: string | null
  sections?: Partial<Record<SectionKey, unknown>> | null
}

export type WriteUpProblem = {
  /** `abstract`, a section key, or `total`. */
  path: 'abstract' | 'total' | SectionKey
  message: string
  length: number
}

/**
 * Checks a write-up against its campaign's limits. Messages are for editors,
 * naming the section, its length and the limit.
 */
export function checkWriteUp(writeUp: WriteUp, rules: WriteUpRules | null | undefined): WriteUpProblem[] {
  if (!rules) return []
  const problems: WriteUpProblem[] = []
  const lengths = sectionLengths(writeUp)
  for (const limit of rules.sections ?? []) {
    const length = lengths[limit.section]
    const name = limit.heading || sectionHeadings[limit.section]
    if (limit.max && length > limit.max) {
      problems.push({
        path: limit.section,
        length,
        message: `「${name}」共 ${length} 字，超过本活动规定的 ${limit.max} 字上限，请删减 ${length - limit.max} 字。`,
      })
    }
    if (limit.min && length > 0 && length < limit.min) {
      problems.push({
        path: limit.section,
        length,
        message: `「${name}」共 ${length} 字，少于本活动规定的 ${limit.min} 字。`,
      })
    }
  }
  const total = sectionKeys.reduce((sum, key) => sum + lengths[key], 0)
  if (rules.totalMax && total > rules.totalMax) {
    problems.push({
      path: 'total',
      length: total,
      message: `正文各部分合计 ${total} 字，超过本活动规定的全文 ${rules.totalMax} 字上限。`,
    })
  }
  if (rules.totalMin && total > 0 && total < rules.totalMin) {
    problems.push({
      path: 'total',
      length: total,
      message: `正文各部分合计 ${total} 字，少于本活动规定的 ${rules.totalMin} 字。`,
    })
  }
  const abstractLength = countChars(writeUp.abstract ?? '')
  if (rules.abstractMax && abstractLength > rules.abstractMax) {
    problems.push({
      path: 'abstract',
      length: abstractLength,
      message: `摘要共 ${abstractLength} 字，超过本活动规定的 ${rules.abstractMax} 字上限。`,
    })
  }
  if (rules.abstractMin && abstractLength > 0 && abstractLength < rules.abstractMin) {
    problems.push({
      path: 'abstract',
      length: abstractLength,
      message: `摘要共 ${abstractLength} 字，少于本活动规定的 ${rules.abstractMin} 字。`,
    })
  }
  return problems
}

/**
 * The write-up's problems where the case form shows them: `abstract`,
 * `sections.<key>`, and the whole text's limit on its longest section, where
 * cutting helps most. The save hook and the fields' own validation both use it.
 */
export function writeUpFieldProblems(writeUp: WriteUp, rules: WriteUpRules | null | undefined): { path: string; message: string }[] {
  const problems = checkWriteUp(writeUp, rules)
  if (!problems.length) return []
  const longest = Object.entries(sectionLengths(writeUp)).sort((a, b) => b[1] - a[1])[0]![0]
  return problems.map((problem) => ({
    path: problem.path === 'abstract' ? 'abstract' : `sections.${problem.path === 'total' ? longest : problem.path}`,
    message: problem.message,
  }))
}

export function sectionLengths(writeUp: WriteUp): Record<SectionKey, number> {
  const lengths = {} as Record<SectionKey, number>
  for (const key of sectionKeys) lengths[key] = countChars(lexicalToPlainText(writeUp.sections?.[key]))
  return lengths
}

/**
 * What a write-up still lacks before it reads as finished: sections the
 * campaign uses that are empty, and an abstract that is missing or short.
 * Not an error (drafts are written bit by bit); the edit view warns with it
 * before publishing, while `checkWriteUp` refuses what breaks a limit.
 */
export function writeUpGaps(writeUp: WriteUp, rules: WriteUpRules | null | undefined): string[] {
  const gaps: string[] = []
  const lengths = sectionLengths(writeUp)
  const empty = usedSections(rules).filter((key) => lengths[key] === 0)
  if (empty.length) gaps.push(`${empty.map((key) => `「${sectionHeadingIn(rules, key)}」`).join('')}尚未填写`)
  const abstractLength = countChars(writeUp.abstract ?? '')
  if (abstractLength === 0) gaps.push('摘要尚未填写')
  else if (rules?.abstractMin && abstractLength < rules.abstractMin) gaps.push(`摘要 ${abstractLength} 字，少于 ${rules.abstractMin} 字`)
  const total = sectionKeys.reduce((sum, key) => sum + lengths[key], 0)
  if (total > 0 && rules?.totalMin && total < rules.totalMin) gaps.push(`正文合计 ${total} 字，少于 ${rules.totalMin} 字`)
  return gaps
}
