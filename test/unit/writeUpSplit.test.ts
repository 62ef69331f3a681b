import { describe, expect, it } from 'vitest'

import { innovationCaseRules, type WriteUpRules } from '../../cms/domain'
import { closingEntries } from '../../cms/writeUpImport/closingEntries'
import { campaignSections } from '../../cms/writeUpImport/matchHeading'
import { matchCase, nameOfFile } from '../../cms/writeUpImport/matchCase'
import { readZip } from '../../cms/writeUpImport/readZip'
import { splitWriteUp } from '../../cms/writeUpImport/splitWriteUp'
import { zipOf } from '../security/hostileFiles'

const four = campaignSections(innovationCaseRules)

describe('cutting a write-up into the campaign sections', () => {
  it('reads 附件3 headings on their own line, inline with a colon, or as Word headings', () => {
    const split = splitWriteUp(
      [
        '<p>附件3</p>',
        '<p>“码上办”改革</p>',
        '<p><strong>一、背景描述</strong></p><p>背景。</p>',
        '<p><strong>二、创新亮点：</strong>亮点在于流程再造。</p>',
        '<h1>具体做法</h1><p>做法。</p>',
        '<p>四. 取得成效</p><p>成效。</p>',
        // Word's own numbering: mammoth gives a one-item list without the 五、.
        '<ol><li>经验启示</li></ol><p>启示。</p>',
      ].join(''),
      four,
    )
    expect(split.title).toBe('“码上办”改革')
    expect(split.order).toEqual(['background', 'highlights', 'practice', 'results'])
    expect(split.sections.highlights).toBe('<p>亮点在于流程再造。</p>')
    // 经验启示 names a section, but not one of this campaign: kept under 取得成效 and reported.
    expect(split.unmatched).toEqual([{ heading: '经验启示', into: 'results' }])
    expect(split.sections.results).toBe('<p>成效。</p><h3>经验启示</h3><p>启示。</p>')
  })

  it('uses the heading a campaign gives a section, and refuses sections the campaign does not have', () => {
    const rules: WriteUpRules = {
      sections: [
        { section: 'background', heading: '案例背景' },
        { section: 'practice', heading: '主要做法' },
        { section: 'significance', heading: '经验启示' },
      ],
    }
    const split = splitWriteUp(
      '<p>标题</p><p>一、案例背景</p><p>a。</p><p>二、主要做法</p><p>b。</p><p>三、取得成效</p><p>c。</p><p>四、经验启示</p><p>d。</p>',
      campaignSections(rules),
    )
    expect(split.order).toEqual(['background', 'practice', 'significance'])
    expect(split.unmatched).toEqual([{ heading: '三、取得成效', into: 'practice' }])
    expect(split.sections.practice).toBe('<p>b。</p><h3>三、取得成效</h3><p>c。</p>')
  })

  it('keeps a heading before the first section with that section, and marks sub-headings', () => {
    const split = splitWriteUp(
      '<p>标题</p><p>一、基本概况</p><p>概况。</p><p>二、背景描述</p><p>（一）问题由来</p><p>正文。</p><p><strong>1.聚焦堵点</strong></p>',
      four,
    )
    expect(split.unmatched).toEqual([{ heading: '一、基本概况', into: 'background' }])
    expect(split.sections.background).toBe('<h3>一、基本概况</h3><p>概况。</p><h3>（一）问题由来</h3><p>正文。</p><h4>1.聚焦堵点</h4>')
  })

  it('takes the text before 一、 as a preamble, and the closing paragraph on honours out of the last section', () => {
    const split = splitWriteUp(
      '<p>标题</p><p>摘要：本案例……</p><p>一、背景描述</p><p>a。</p><p>四、取得成效</p><p>成效明显。</p><p>该做法被评为全国机关党建创新案例。</p>',
      four,
    )
    expect(split.preamble).toEqual(['摘要：本案例……'])
    expect(split.closing).toMatchObject({ paragraphs: ['该做法被评为全国机关党建创新案例。'], section: 'results' })
    expect(split.sections.results).toBe('<p>成效明显。</p>')
  })

  it('takes photos out with their 图1 captions, and drops unsafe links to their text', () => {
    const split = splitWriteUp(
      '<p>标题</p><p>一、背景描述</p><p><img src="docx-image:1" alt="大厅"></p><p>图1 服务大厅</p><p>见<a href="javascript:alert(1)">此处</a>和<a href="https://example.org/">官网</a>。</p>',
      four,
    )
    expect(split.images).toEqual([{ id: 'docx-image:1', alt: '大厅', caption: '图1 服务大厅' }])
    expect(split.sections.background).toBe('<p>见此处和<a href="https://example.org/">官网</a>。</p>')
  })
})

describe('honours and press from the closing paragraph', () => {
  it('makes one entry per clause, with level and year, and coverage with its outlet and title', () => {
    const entries = closingEntries([
      '2021年，该案例入选中组部全国党员教育培训教材，被评为全省“五星级”党建品牌；《人民日报》2021年3月5日以《码上办，真方便》为题报道。',
    ])
    expect(entries.complete).toBe(true)
    expect(entries.honours).toEqual([
      { text: '2021年，该案例入选中组部全国党员教育培训教材', level: 'national', year: 2021 },
      { text: '全省“五星级”党建品牌', level: 'provincial' },
    ])
    expect(entries.press).toEqual([{ outlet: '人民日报', title: '码上办，真方便', date: '2021-03-05' }])
  })

  it('is incomplete when a sentence names neither an honour nor coverage', () => {
    expect(closingEntries(['群众满意度达到98%。该做法被评为市级优秀案例。']).complete).toBe(false)
  })
})

describe('matching a file to its case', () => {
  const cases = [
    { id: 1, title: '“一件事一次办”改革' },
    { id: 2, title: '机关党建“双述双评”工作法' },
  ]
  it('matches by title, then by file name, ignoring quotes, 序号 and 情况介绍', () => {
    expect(matchCase(cases, '一件事一次办改革', 'x.docx')).toMatchObject({ case: { id: 1 }, by: 'title' })
    expect(matchCase(cases, '情况介绍', '02-机关党建“双述双评”工作法情况介绍.docx')).toMatchObject({ case: { id: 2 }, by: 'fileName' })
    expect(matchCase(cases, undefined, '福州市直机关工委-机关党建双述双评工作法.docx')).toMatchObject({ case: { id: 2 } })
    expect(matchCase(cases, '智慧党建', '智慧党建.docx')).toEqual({ candidates: [] })
    expect(nameOfFile('案例/（3）一件事一次办改革优秀案例情况介绍.docx')).toBe('一件事一次办改革')
  })
})

describe('reading a zip', () => {
  it('decodes file names that Windows stored in GBK without saying so', async () => {
    const zip = zipOf({ 'PLACEHOLDER.docx': Buffer.from('x') })
    // Put GBK bytes of the same length where fflate wrote the UTF-8 name, and clear the UTF-8 flag.
    const gbk = Buffer.from([0xb0, 0xb8, 0xc0, 0xfd, 0xbd, 0xe9, 0xc9, 0xdc, 0xa3, 0xa1, 0x2e, 0x64, 0x6f, 0x63, 0x78, 0x20]) // 案例介绍！.docx + space
    const name = Buffer.from('PLACEHOLDER.docx')
    for (let at = zip.indexOf(name); at !== -1; at = zip.indexOf(name, at + 1)) {
      gbk.copy(zip, at)
      const header = zip.readUInt32LE(at - 30) === 0x04034b50 ? at - 30 : at - 46
      const flagAt = header + (zip.readUInt32LE(header) === 0x04034b50 ? 6 : 8)
      zip.writeUInt16LE(zip.readUInt16LE(flagAt) & ~0x800, flagAt)
    }
    const entries = await readZip(zip, { maxTotalBytes: 1e6, maxEntries: 10, maxRatio: 100, ratioFloorBytes: 1e6 }, 'a.zip')
    expect(entries.map((e) => e.name)).toEqual(['案例介绍！.docx '])
  })
})
