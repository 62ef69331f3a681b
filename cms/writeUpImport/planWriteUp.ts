import type { SanitizedConfig } from 'payload'

import { checkWriteUp, countChars, sectionLengths, type LexicalDocument, type SectionKey, type WriteUpProblem, type WriteUpRules } from '../domain'
import { richTextProblem } from '../fields/safeRichText'
import { checkDocx } from './checkDocx'
import { closingEntries, type HonourEntry, type PressEntry } from './closingEntries'
import { docxToHtml } from './docxToHtml'
import { htmlToRichText } from './htmlToRichText'
import { campaignSections, type CampaignSection } from './matchHeading'
import { splitWriteUp } from './splitWriteUp'
import { WriteUpFileError } from './writeUpFileError'

export type PlannedImage = { data: Buffer; contentType: string; alt?: string; caption?: string }

export type SectionReport = { key: SectionKey; heading: string; length: number; min?: number | null; max?: number | null; found: boolean }

/** What a Word write-up would put into a case; nothing is written yet. */
export type WriteUpPlan = {
  fileName: string
  title?: string
  abstract?: string
  sections: Partial<Record<SectionKey, LexicalDocument>>
  report: SectionReport[]
  /** Over or under the campaign's limits, with checkWriteUp's messages. */
  problems: WriteUpProblem[]
  /** What the editor should know: headings that matched nothing, text not imported, and so on. */
  warnings: string[]
  images: PlannedImage[]
  honours: HonourEntry[]
  press: PressEntry[]
  /** The closing paragraph, when it became honours and press entries instead of text. */
  closingAsEntries: boolean
  closing?: string[]
}

export type PlanOptions = {
  /** Turn the closing paragraph on honours and press into entries (when every sentence is recognised). */
  closingAsEntries?: boolean
}

// What the site shows; Word also holds EMF/WMF drawings and TIFF scans, which browsers do not.
const webImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])
// Contact details are taken out by splitWriteUp; the submitting unit's line is no abstract either.
const unitLine = /^(报送|申报|推荐|填报)?单位\s*[：:]/
const abstractLabel = /^[【[]?\s*(内容摘要|案例摘要|摘要|案例简介|案例情况|简要情况)\s*[】\]]?\s*[：:]?\s*/

const list = (items: string[]) => items.map((h) => `「${h}」`).join('、')

/**
 * Reads a .docx write-up against a campaign's sections and limits: checks the
 * file (checkDocx), converts it (mammoth, then Payload's HTML → Lexical), and
 * says what would go where. Throws WriteUpFileError for a refused file.
 */
export async function planWriteUp(
  data: Buffer,
  fileName: string,
  rules: WriteUpRules | null | undefined,
  config: SanitizedConfig,
  options: PlanOptions = {},
): Promise<WriteUpPlan> {
  const checked = await checkDocx(data, fileName)
  const { html, images: docxImages } = await docxToHtml(data)
  const sections = campaignSections(rules)
  const split = splitWriteUp(html, sections)
  const headingOf = (key: SectionKey) => sections.find((s) => s.key === key)?.heading ?? key
  const warnings: string[] = []

  if (!split.order.length) {
    throw new WriteUpFileError(
      'notDocx',
      `「${fileName}」中没有找到本活动的正文部分（应以 ${list(sections.map((s) => s.heading))} 为一级标题，如“一、${sections[0]?.heading}”）。请按撰写格式调整后再上传。`,
    )
  }

  const abstract = abstractOf(split.preamble, split.preambleHasStructure, warnings)

  const closing = split.closing ? closingEntries(split.closing.paragraphs) : undefined
  const closingAsEntries = Boolean(closing && closing.complete && options.closingAsEntries !== false)
  if (split.closing && closing) {
    if (closingAsEntries) {
      warnings.push(
        `文末关于荣誉和报道的段落已转为 ${closing.honours.length} 条“所获荣誉”、${closing.press.length} 条“媒体报道”（不计入正文字数），请在「荣誉与报道」中核对层级和年份。`,
      )
    } else {
      warnings.push(
        options.closingAsEntries === false
          ? `文末关于荣誉和报道的段落保留在「${headingOf(split.closing.section)}」末尾。`
          : `文末段落未能逐句识别为荣誉或报道，保留在「${headingOf(split.closing.section)}」末尾，请核对。`,
      )
    }
  }

  const richText: Partial<Record<SectionKey, LexicalDocument>> = {}
  for (const key of split.order) {
    let sectionHtml = split.sections[key] ?? ''
    if (split.closing && !closingAsEntries && split.closing.section === key) sectionHtml += split.closing.html
    const value = await htmlToRichText(sectionHtml, config)
    const problem = richTextProblem(value)
    if (problem) throw new WriteUpFileError('unreadable', `「${headingOf(key)}」${problem}`)
    richText[key] = value
  }

  for (const line of split.contacts) {
    warnings.push(`“${line.slice(0, 40)}”含有联系人、电话或邮箱，未导入正文（联系方式不公开，请填写在「内部信息」中）。`)
  }
  for (const { heading, into } of split.unmatched) {
    warnings.push(
      `「${heading}」不是本活动的正文部分（本活动为 ${list(sections.map((s) => s.heading))}），其内容已作为小标题并入「${headingOf(into)}」，请核对。`,
    )
  }
  for (const key of split.repeated) warnings.push(`「${headingOf(key)}」出现不止一次，各处内容已按顺序合并。`)
  const missing = sections.filter((s) => !split.order.includes(s.key))
  if (missing.length) warnings.push(`Word 文件中没有 ${list(missing.map((s) => s.heading))} 部分，案例中这些部分保持不变。`)
  if (split.notes) warnings.push(`${split.notes} 条脚注或尾注已放在引用它的部分末尾，计入字数。`)
  if (checked.notCarried.length) warnings.push(`以下内容未按原样导入：${checked.notCarried.join('、')}。`)

  const images: PlannedImage[] = []
  for (const [index, image] of split.images.entries()) {
    const file = docxImages.find((i) => i.id === image.id)
    if (!file) continue
    if (!webImageTypes.has(file.contentType)) {
      warnings.push(
        `第 ${index + 1} 张图片是 ${file.contentType.replace(/^image\/(x-)?/, '').toUpperCase()} 格式，网站无法显示，未导入；请另存为 PNG 或 JPEG 后在「图片」中上传。`,
      )
      continue
    }
    images.push({ data: file.data, contentType: file.contentType, alt: image.alt, caption: image.caption })
  }
  if (images.length) warnings.push(`${images.length} 张图片放入「图片」（正文中的位置不保留，图注取自“图1 …”一行）。`)

  const problems = checkWriteUp({ abstract, sections: richText }, rules)
  const lengths = sectionLengths({ sections: richText })
  const report = sections.map((s): SectionReport => {
    const limit = rules?.sections?.find((l) => l.section === s.key)
    return { key: s.key, heading: s.heading, length: lengths[s.key], min: limit?.min, max: limit?.max, found: split.order.includes(s.key) }
  })

  return {
    fileName,
    title: split.title,
    abstract,
    sections: richText,
    report,
    problems,
    warnings,
    images,
    honours: closingAsEntries ? closing!.honours : [],
    press: closingAsEntries ? closing!.press : [],
    closingAsEntries,
    closing: split.closing?.paragraphs,
  }
}

/** The text before 一、 as the abstract, when it reads like one: paragraphs, no contact details, 20 字 or more. */
function abstractOf(preamble: string[], hasStructure: boolean, warnings: string[]): string | undefined {
  if (!preamble.length) return undefined
  if (hasStructure) {
    warnings.push('标题与第一个部分之间有表格或列表，不像摘要，未导入，请手工处理。')
    return undefined
  }
  const kept: string[] = []
  let labelled = false
  for (const paragraph of preamble) {
    if (unitLine.test(paragraph)) {
      warnings.push(`标题下方的“${paragraph.slice(0, 30)}”是报送单位，不作为摘要导入（申报单位以汇总表为准）。`)
      continue
    }
    if (abstractLabel.test(paragraph)) labelled = true
    const text = paragraph.replace(abstractLabel, '').trim()
    if (text) kept.push(text)
  }
  const text = kept.join('\n')
  if (!text) return undefined
  if (!labelled && countChars(text) < 20) {
    warnings.push(`标题下方的“${text.slice(0, 30)}”太短，不像摘要，未导入。`)
    return undefined
  }
  return text
}

export type { CampaignSection }
