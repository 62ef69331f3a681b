/**
 * What the 汇编 book shows, as plain data for the Typst template
 * (huibian.typ): cover, preface, and the entries grouped and numbered as the
 * 汇编 page groups them. Its JSON is also the book's cache key.
 */
import type { Campaign, Case } from '../../../cms/payload-types'
import { adminLevels, chineseOrdinal, labelOf, listNames, sectionHeadings, sectionKeys } from '../../../cms/domain'
import type { CaseView } from '../caseView'
import { chineseDate } from '../dates'
import { huibianTitle, type HuibianGroup } from '../huibian'
import type { InternalHref } from '../richText'
import { withWriteUp } from '../writeUpStore'
import type { BookFonts } from './fonts'
import { richTextBlocks, textBlocks, type Block } from './richTextBlocks'

export type BookEntry = {
  title: string
  permalink: string
  /** The QR code of the permalink, as SVG. */
  qr: string
  /** Label and value lines beside the QR code: 编号, 奖项等次, 报送单位… */
  facts: [string, string][]
  abstract: Block[]
  sections: { heading: string; blocks: Block[] }[]
  /** Honours and press, one closing section as seed 000 asks ("独立成段，放于文末"). */
  closingHeading: string
  closing: Block[]
}

export type BookModel = {
  title: string
  campaign: string
  organisers: string[]
  /** The date on the cover: when the campaign's notice was issued, else its year. */
  date: string
  description: string
  keywords: string[]
  fonts: BookFonts
  preface: Block[]
  groups: { heading: string; entries: BookEntry[] }[]
}

type Input = {
  campaign: Campaign
  groups: HuibianGroup<CaseView>[]
  qrOf: (view: CaseView) => string
  internalHref: InternalHref
  fonts: BookFonts
}

function entryOf(number: number, kase: Case, view: CaseView, input: Input): BookEntry {
  const full = withWriteUp(kase)
  const renamed = new Map((input.campaign.writeUpRules?.sections ?? []).map((s) => [s.section, s.heading]))
  const sections: BookEntry['sections'] = []
  for (const key of sectionKeys) {
    const blocks = richTextBlocks(full.sections?.[key], input.internalHref)
    if (!blocks.length) continue
    sections.push({ heading: `${chineseOrdinal(sections.length + 1)}、${renamed.get(key) || sectionHeadings[key]}`, blocks })
  }
  const facts: [string, string][] = [
    ['编　　号', String(number)],
    ...(view.award ? [[listNames.awardTiers, view.award.label] as [string, string]] : []),
    ...(view.caseType ? [['类　　别', view.caseType.label] as [string, string]] : []),
    ['报送单位', view.unit.label],
    ...(view.coUnits.length ? [['参与单位', view.coUnits.map((u) => u.label).join('、')] as [string, string]] : []),
    ...(view.brand ? [['党建品牌', view.brand.label] as [string, string]] : []),
    ...(view.facts.period ? [['实施时间', view.facts.period] as [string, string]] : []),
    ...(view.facts.adoptionLevel ? [['推广层级', view.facts.adoptionLevel] as [string, string]] : []),
  ]
  const closing: Block[] = [
    ...(view.facts.figures.length ? [{ t: 'p', r: [{ s: `成效数据：${view.facts.figures.map((f) => f.text).join('；')}。` }] } as Block] : []),
    ...view.facts.adoptions.map((a): Block => ({
      t: 'p',
      r: [{ s: `推广（${a.scope}）：${[a.date, a.body, a.event].filter(Boolean).join('，')}`, ...(a.url ? { link: a.url } : {}) }],
    })),
    ...view.honours.flatMap((g) => g.items.map((h): Block => ({ t: 'p', r: [{ s: `${g.label}：${h.text}${h.year ? `（${h.year}年）` : ''}` }] }))),
    ...view.press.map((p): Block => ({
      t: 'p',
      r: [{ s: `媒体报道：${p.outlet}${p.title ? `《${p.title}》` : ''}${p.date ? `，${chineseDate(p.date)}` : ''}`, ...(p.url ? { link: p.url } : {}) }],
    })),
  ]
  return {
    title: view.title,
    permalink: view.permalink,
    qr: input.qrOf(view),
    facts,
    abstract: textBlocks(view.abstract),
    sections,
    closingHeading: `${chineseOrdinal(sections.length + 1)}、获得荣誉及宣传推广情况`,
    closing,
  }
}

export function bookModel(input: Input): BookModel {
  const { campaign } = input
  const organisers = (campaign.organisers ?? []).map((o) => o.name)
  return {
    title: huibianTitle(campaign),
    campaign: campaign.name,
    organisers,
    date: campaign.issuedOn ? chineseDate(campaign.issuedOn).replace(/\d+日$/, '') : `${campaign.year}年`,
    description: [campaign.name, campaign.region, `${campaign.year}年`, labelOf(adminLevels, campaign.level)].filter(Boolean).join(' · '),
    keywords: [campaign.shortName || campaign.name, String(campaign.year), campaign.region ?? '', '案例汇编'].filter(Boolean),
    fonts: input.fonts,
    preface: richTextBlocks(campaign.preface, input.internalHref).length ? richTextBlocks(campaign.preface, input.internalHref) : textBlocks(campaign.summary),
    groups: input.groups.map((g) => ({ heading: g.heading, entries: g.entries.map((e) => entryOf(e.number, e.kase, e.item, input)) })),
  }
}
