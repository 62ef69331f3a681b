/**
 * Word write-ups made when the tests run, in the layout of seed 000 附件3:
 * a centred title, 一、背景描述 二、创新亮点 三、具体做法 四、取得成效, a table,
 * a list, bold text, a photo and the closing paragraph on honours and press.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import sharp from 'sharp'

export type WriteUpDocxOptions = {
  title: string
  /** Text between the title and 一、 (an abstract), if any. */
  abstract?: string
  /** The numbered headings, in order; defaults to seed 000's four. */
  headings?: string[]
  /** Paragraphs per heading (by index); a default text otherwise. */
  body?: Record<number, string[]>
  /** The closing paragraph on honours and press; omit for none. */
  closing?: string | null
  withTable?: boolean
  withList?: boolean
  withImage?: boolean
  /** Use Word's heading styles (Heading 1) for 一、… instead of plain bold paragraphs. */
  headingStyles?: boolean
  footnote?: string
  /** Replaces the photo with this PNG (e.g. a pixel bomb). */
  image?: Buffer
  /** Paragraphs after the closing one (offices often sign off with a contact line). */
  trailer?: string[]
}

export const seed000Headings = ['一、背景描述', '二、创新亮点', '三、具体做法', '四、取得成效']

export const defaultClosing =
  '该做法获得省领导肯定性批示，被评为2022年度全省机关党建创新优秀案例，入选省委组织部第三批“党建引领基层治理”典型案例；《福建日报》2022年6月以《让群众少跑腿》为题进行了专题报道。'

export const smallPhoto = () =>
  sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 40, g: 110, b: 160 } } })
    .png()
    .toBuffer()

const bodyText = (heading: string) =>
  `${heading.replace(/^[一二三四五六七八九十]+、/, '')}部分的正文。我们坚持问题导向，聚焦群众办事中的难点堵点，推动“一件事一次办”改革落地见效。`

/** A .docx write-up, as an office would send it. */
export async function writeUpDocx(options: WriteUpDocxOptions): Promise<Buffer> {
  const headings = options.headings ?? seed000Headings
  const children: (Paragraph | Table)[] = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: options.title, size: 44 })] })]
  if (options.abstract) children.push(new Paragraph(options.abstract))
  const footnotes: Record<number, { children: Paragraph[] }> = {}
  for (const [index, heading] of headings.entries()) {
    children.push(
      options.headingStyles
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] })
        : new Paragraph({ children: [new TextRun({ text: heading, bold: true, size: 32 })] }),
    )
    const paragraphs = options.body?.[index] ?? [bodyText(heading)]
    for (const [p, text] of paragraphs.entries()) {
      const runs: TextRun[] = [new TextRun(text)]
      if (index === 0 && p === 0 && options.footnote) {
        footnotes[1] = { children: [new Paragraph(options.footnote)] }
        runs.push(new FootnoteReferenceRun(1))
      }
      children.push(new Paragraph({ children: runs }))
    }
    if (index === 1) {
      children.push(
        new Paragraph({ children: [new TextRun({ text: '（一）', bold: true }), new TextRun({ text: '机制创新', bold: true })] }),
        new Paragraph({ children: [new TextRun('首创'), new TextRun({ text: '“码上办”', bold: true }), new TextRun('服务机制，实现全流程网上运行。')] }),
      )
    }
    if (index === 2 && options.withList !== false) {
      for (const item of ['建立问题清单', '实行挂图作战', '开展群众评议']) {
        children.push(new Paragraph({ text: item, numbering: { reference: 'steps', level: 0 } }))
      }
    }
    if (index === 2 && options.withTable !== false) {
      const row = (cells: string[]) =>
        new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)], width: { size: 3000, type: WidthType.DXA } })) })
      children.push(
        new Table({
          rows: [row(['指标', '改革前', '改革后']), row(['办理时限', '15个工作日', '3个工作日']), row(['跑动次数', '4次', '0次'])],
        }),
      )
    }
    if (index === 3 && options.withImage !== false) {
      const data = options.image ?? (await smallPhoto())
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data,
              transformation: { width: 120, height: 80 },
              altText: { name: 'photo', title: '服务大厅', description: '服务大厅' },
            }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, text: '图1 改革后的服务大厅' }),
      )
    }
  }
  if (options.closing !== null) children.push(new Paragraph(options.closing ?? defaultClosing))
  for (const text of options.trailer ?? []) children.push(new Paragraph(text))
  const document = new Document({
    creator: 'huibian tests',
    title: options.title,
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    footnotes,
    sections: [{ children }],
  })
  return Packer.toBuffer(document)
}
