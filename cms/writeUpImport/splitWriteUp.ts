import { JSDOM } from 'jsdom'

import type { SectionKey } from '../domain'
import { isSafeUrl } from '../utilities/safeUrl'
import { looksLikeClosing } from './closingEntries'
import { isSectionName, matchHeading, topLevelNumber, type CampaignSection } from './matchHeading'

export type SplitImage = { id: string; alt?: string; caption?: string }

/** A write-up's HTML cut into the campaign's sections. */
export type SplitWriteUp = {
  title?: string
  /** Paragraphs between the title and the first section heading, as text. */
  preamble: string[]
  /** Whether that part held a table or a list (then it is no abstract). */
  preambleHasStructure: boolean
  /** HTML of each section found, in the tags the write-up editor knows. */
  sections: Partial<Record<SectionKey, string>>
  /** Sections in the order the document has them. */
  order: SectionKey[]
  /** Numbered headings that name no section of the campaign, and where their text went. */
  unmatched: { heading: string; into: SectionKey }[]
  /** Sections whose heading appears twice (the second part joins the first). */
  repeated: SectionKey[]
  /** The closing paragraphs on honours and press (seed 000: 独立成段，放于文末), taken out of the last section. */
  closing?: { paragraphs: string[]; html: string; section: SectionKey }
  images: SplitImage[]
  /** Footnotes and endnotes placed at the end of the section that cites them. */
  notes: number
  /** Paragraphs left out because they give a contact person, phone or e-mail (private). */
  contacts: string[]
}

const captionPattern = /^(图|照片|附图)\s*[0-9０-９一二三四五六七八九十]+/
const subHeading = /^[（(][一二三四五六七八九十]+[）)]/
const thirdLevel = /^\d+[.．、]\s*\S/
const attachmentLabel = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*$/
// 联系人：… 电话：… lines, mobile and landline numbers: private, never in a public text.
const contactDetails =
  /(联系人|联系电话|联系方式|电话|手机|邮箱|e-?mail)\s*[：:]|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+/iu

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim()

/**
 * Cuts mammoth's HTML of a write-up into its parts: the title (the first short
 * line, or Word's Title style), what stands before 一、 (an abstract, perhaps),
 * one part per 一、… heading matched to the campaign's sections, the photos
 * with their 图1 captions, and the closing paragraph on honours and press.
 * A numbered heading that matches no section is kept, as a sub-heading of the
 * section around it, and reported. Nothing is written here.
 */
export function splitWriteUp(html: string, sections: CampaignSection[]): SplitWriteUp {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document
  const body = doc.body
  const notes = takeNotes(body)
  cleanLinks(body)
  const images = takeImages(body)

  const blocks = [...body.children]
  while (blocks[0] && attachmentLabel.test(textOf(blocks[0]))) blocks.shift()
  let title: string | undefined
  const first = blocks[0]
  if (first && !headingOf(first, sections) && isTitleLine(first)) {
    title = textOf(first).replace(/^案例名称\s*[：:]\s*/, '')
    blocks.shift()
  }

  const result: SplitWriteUp = {
    title,
    preamble: [],
    preambleHasStructure: false,
    sections: {},
    order: [],
    unmatched: [],
    repeated: [],
    images,
    notes: 0,
    contacts: [],
  }
  const parts = new Map<SectionKey, Element[]>()
  let current: SectionKey | undefined
  // Unmatched headings before the first section join it when it comes.
  let waiting: { heading: string; elements: Element[] } | undefined
  for (const block of blocks) {
    if (block.tagName === 'P' && textOf(block).length <= 200 && contactDetails.test(textOf(block))) {
      result.contacts.push(textOf(block))
      continue
    }
    const heading = headingOf(block, sections)
    if (heading) {
      const key = matchHeading(heading.text, sections)
      if (key) {
        if (parts.has(key)) result.repeated.push(key)
        else {
          parts.set(key, [])
          result.order.push(key)
        }
        current = key
        if (waiting) {
          parts.get(key)!.push(...waiting.elements)
          result.unmatched.push({ heading: waiting.heading, into: key })
          waiting = undefined
        }
        if (heading.rest) parts.get(key)!.push(heading.rest)
        continue
      }
      const h3 = doc.createElement('h3')
      h3.textContent = heading.text
      if (current) {
        parts.get(current)!.push(h3)
        result.unmatched.push({ heading: heading.text, into: current })
      } else waiting = { heading: heading.text, elements: [...(waiting?.elements ?? []), h3] }
      if (heading.rest) (current ? parts.get(current)! : waiting!.elements).push(heading.rest)
      continue
    }
    if (current) parts.get(current)!.push(asSubHeading(block, doc))
    else if (waiting) waiting.elements.push(asSubHeading(block, doc))
    else if (block.tagName === 'P') result.preamble.push(textOf(block))
    else {
      result.preambleHasStructure = true
      result.preamble.push(textOf(block))
    }
  }
  // A document whose headings all miss: its text stays together under the first section.
  if (waiting && sections[0]) {
    const key = sections[0].key
    parts.set(key, waiting.elements)
    result.order.push(key)
    result.unmatched.push({ heading: waiting.heading, into: key })
  }

  const last = result.order[result.order.length - 1]
  if (last) {
    const lastPart = parts.get(last)!
    const closing: Element[] = []
    while (lastPart.length > 1 && lastPart[lastPart.length - 1]!.tagName === 'P' && looksLikeClosing(textOf(lastPart[lastPart.length - 1]!))) {
      closing.unshift(lastPart.pop()!)
    }
    if (closing.length) result.closing = { paragraphs: closing.map(textOf), html: closing.map((el) => el.outerHTML).join(''), section: last }
  }

  for (const [key, elements] of parts) {
    result.notes += placeNotes(elements, notes, doc)
    result.sections[key] = elements.map((el) => el.outerHTML).join('')
  }
  return result
}

function isTitleLine(el: Element): boolean {
  if (el.classList.contains('doc-title') || el.tagName === 'H1') return true
  const text = textOf(el)
  return el.tagName === 'P' && text.length > 0 && text.length <= 80 && !/[。；]$/.test(text) && !el.querySelector('img')
}

/**
 * Whether a block is a first-level heading: 一、… on its own line (or 一、背景描述：
 * followed by the text), a Word Heading 1 or 2, a section's bare name, or a
 * section's name numbered by Word.
 */
function headingOf(el: Element, sections: CampaignSection[]): { text: string; rest?: Element } | undefined {
  // Word's automatic 一、 numbering reaches mammoth as a one-item list, without the 一、.
  if ((el.tagName === 'OL' || el.tagName === 'UL') && el.children.length === 1) {
    const item = textOf(el.children[0]!)
    return item.length <= 25 && (matchHeading(item, sections) || isSectionName(item)) ? { text: item } : undefined
  }
  if (!['P', 'H1', 'H2'].includes(el.tagName)) return undefined
  const text = textOf(el)
  if (!text) return undefined
  if (topLevelNumber.test(text)) {
    const name = text.replace(topLevelNumber, '')
    const inline = /^(.{1,12}?)[：:]\s*\S/.exec(name)
    if (inline && (matchHeading(inline[1]!, sections) || isSectionName(inline[1]!))) {
      const prefix = text.slice(0, text.indexOf(name) + inline[1]!.length + 1)
      const rest = el.cloneNode(true) as Element
      removeLeadingText(rest, prefix)
      return { text: prefix.replace(/[：:]$/, ''), rest: textOf(rest) ? rest : undefined }
    }
    if (name.length <= 25 && !/[。；]/.test(name.replace(/[。]$/, ''))) return { text }
    return undefined
  }
  if ((el.tagName === 'H1' || el.tagName === 'H2') && text.length <= 25) return { text }
  if (text.length <= 10 && !/[。；！？]$/.test(text) && isSectionName(text)) return { text }
  return undefined
}

/** Inside a section: Word headings and （一）… lines become the editor's h3, 1. lines in bold h4. */
function asSubHeading(el: Element, doc: Document): Element {
  const text = textOf(el)
  const make = (tag: 'h3' | 'h4') => {
    const h = doc.createElement(tag)
    h.textContent = text
    return h
  }
  if (el.tagName === 'H1' || el.tagName === 'H2' || el.tagName === 'H3') return make('h3')
  if (/^H[4-6]$/.test(el.tagName)) return make('h4')
  if (el.tagName !== 'P' || text.length > 30 || /[。；].+/.test(text)) return el
  if (subHeading.test(text)) return make('h3')
  const bold = [...el.querySelectorAll('strong')].map(textOf).join('')
  if (thirdLevel.test(text) && bold.replace(/\s/g, '') === text.replace(/\s/g, '')) return make('h4')
  return el
}

/** Drops the text `prefix` (spaces aside) from the start of an element, across its text nodes. */
function removeLeadingText(el: Element, prefix: string) {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */)
  let left = prefix.replace(/\s/gu, '').length
  while (left > 0 && walker.nextNode()) {
    const node = walker.currentNode as Text
    let i = 0
    while (i < node.data.length && left > 0) {
      if (!/\s/u.test(node.data[i]!)) left -= 1
      i += 1
    }
    node.data = node.data.slice(i).replace(/^\s+/u, '')
  }
  for (const emptied of [...el.querySelectorAll('strong, em, u, s, sup, sub')]) if (!emptied.textContent) emptied.remove()
}

/** Footnotes and endnotes, which mammoth lists at the end, by id; their back-links removed. */
function takeNotes(body: HTMLElement): Map<string, string> {
  const notes = new Map<string, string>()
  for (const list of [...body.children].filter((el) => el.tagName === 'OL')) {
    const items = [...list.children]
    if (!items.length || !items.every((li) => /^(footnote|endnote)-\d+$/.test(li.id))) continue
    for (const li of items) {
      li.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').forEach((a) => a.remove())
      notes.set(li.id, textOf(li))
    }
    list.remove()
  }
  return notes
}

/** Puts each cited note after the part that cites it first, as 注[1]：…; the marks stay as superscript. */
function placeNotes(elements: Element[], notes: Map<string, string>, doc: Document): number {
  let placed = 0
  const cited = elements.flatMap((el) => [...el.querySelectorAll('a[data-note]')])
  for (const ref of cited) {
    const id = ref.getAttribute('data-note')!
    const label = textOf(ref)
    ref.replaceWith(doc.createTextNode(label))
    const text = notes.get(id)
    if (text === undefined) continue
    notes.delete(id)
    const p = doc.createElement('p')
    p.textContent = `注${label}：${text}`
    elements.push(p)
    placed += 1
  }
  return placed
}

/** Keeps web and mail links; bookmarks, internal anchors and unsafe targets become their text. */
function cleanLinks(body: HTMLElement) {
  for (const a of [...body.querySelectorAll('a')]) {
    const href = a.getAttribute('href') ?? ''
    const note = /^#((?:footnote|endnote)-\d+)$/.exec(href)
    if (note) {
      a.removeAttribute('id')
      a.setAttribute('data-note', note[1]!)
      continue
    }
    if (href && !href.startsWith('#') && isSafeUrl(href)) {
      for (const attr of [...a.attributes]) if (attr.name !== 'href') a.removeAttribute(attr.name)
      continue
    }
    a.replaceWith(...a.childNodes)
  }
}

/** Takes the photos out of the text (the case keeps them under 图片), each with its 图1 caption. */
function takeImages(body: HTMLElement): SplitImage[] {
  const images: SplitImage[] = []
  for (const img of [...body.querySelectorAll('img')]) {
    const id = img.getAttribute('src') ?? ''
    const alt = img.getAttribute('alt')?.trim() || undefined
    const block = topBlock(img, body)
    img.remove()
    const image: SplitImage = { id, alt }
    if (block && !textOf(block) && !block.querySelector('img')) {
      const next = block.nextElementSibling
      if (next?.tagName === 'P' && captionPattern.test(textOf(next)) && textOf(next).length <= 80) {
        image.caption = textOf(next)
        next.remove()
      }
      block.remove()
    }
    images.push(image)
  }
  return images
}

function topBlock(node: Element, body: HTMLElement): Element | undefined {
  let el: Element | null = node
  while (el && el.parentElement !== body) el = el.parentElement
  return el ?? undefined
}
