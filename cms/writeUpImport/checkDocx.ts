import path from 'node:path'

import { JSDOM } from 'jsdom'

import { readZip, type ZipEntry } from './readZip'
import { WriteUpFileError } from './writeUpFileError'

/** Largest .docx: a write-up with a few photos is 1–5 MB. */
export const maxDocxBytes = 10 * 1024 * 1024

/** Limits on what a .docx may inflate to (its XML compresses about 10:1; a bomb, 1000:1). */
export const docxZipLimits = { maxTotalBytes: 80 * 1024 * 1024, maxEntries: 1000, maxRatio: 100, ratioFloorBytes: 1024 * 1024 }

const oleSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

// Relationship types (ECMA-376 part 1, 15.x) whose target the importer would have to fetch or
// that run outside the document. Hyperlinks are fine: they stay links, checked like any other.
const externalTypesRefused: Record<string, string> = {
  image: '图片',
  oleObject: '嵌入对象',
  frame: '框架',
  subDocument: '子文档',
  package: '嵌入文件',
  audio: '音频',
  video: '视频',
}

export type CheckedDocx = {
  /** Parts of the document that the import does not carry over, for the report. */
  notCarried: string[]
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/**
 * Refuses a file that is not a plain .docx before any conversion: too big, a
 * renamed file of another kind, an old .doc or a password-protected file, a
 * macro-enabled document, a zip bomb, or one whose images or objects live at
 * an outside address. Every message says what to do, in Chinese.
 */
export async function checkDocx(data: Buffer, fileName: string): Promise<CheckedDocx> {
  const label = `「${path.basename(fileName)}」`
  if (data.length > maxDocxBytes) {
    throw new WriteUpFileError(
      'tooBig',
      `${label}有 ${mb(data.length)} MB，超过 ${mb(maxDocxBytes)} MB 的上限。请压缩其中的图片（Word：文件 › 压缩图片）后再上传。`,
    )
  }
  if (data.subarray(0, 8).equals(oleSignature)) {
    throw new WriteUpFileError(
      'notDocx',
      `${label}是旧版 Word 文档（.doc）或设有打开密码，无法读取。请在 Word 中“另存为” Word 文档（*.docx），并去掉密码后再上传。`,
    )
  }
  if (/\.docm$|\.dotm$/i.test(fileName)) {
    throw new WriteUpFileError('macros', `${label}是启用宏的 Word 文档（.docm），可能携带宏代码，不能导入。请在 Word 中另存为 Word 文档（*.docx）后再上传。`)
  }
  const entries = await readZip(data, docxZipLimits, label)
  const names = new Set(entries.map((e) => e.name))
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
    const kind = names.has('xl/workbook.xml') ? 'Excel 表格' : names.has('ppt/presentation.xml') ? 'PowerPoint 演示文稿' : '其他类型的文件'
    throw new WriteUpFileError('notDocx', `${label}不是 Word 文档，而是${kind}（只看文件内容，不看扩展名）。请上传 .docx 格式的情况介绍。`)
  }

  const macroParts = entries.filter((e) => /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$|^word\/activeX\//i.test(e.name))
  const contentTypes = xml(entryOf(entries, '[Content_Types].xml'))
  const macroTypes = [...contentTypes.querySelectorAll('Override, Default')]
    .map((el) => el.getAttribute('ContentType') ?? '')
    .filter((type) => /macroEnabled|vbaProject|vbaData|activeX/i.test(type))
  if (macroParts.length || macroTypes.length) {
    throw new WriteUpFileError(
      'macros',
      `${label}含有宏或 ActiveX 控件（${[...macroParts.map((e) => e.name), ...macroTypes].slice(0, 2).join('、')}），可能携带可执行代码，不能导入。请在 Word 中另存为不含宏的 Word 文档（*.docx）后再上传。`,
    )
  }

  for (const rels of entries.filter((e) => e.name.endsWith('.rels'))) {
    for (const rel of xml(rels.data).querySelectorAll('Relationship')) {
      if (rel.getAttribute('TargetMode') !== 'External') continue
      const type = (rel.getAttribute('Type') ?? '').split('/').pop() ?? ''
      const what = externalTypesRefused[type]
      if (!what) continue
      const target = (rel.getAttribute('Target') ?? '').slice(0, 80)
      throw new WriteUpFileError(
        'externalResource',
        `${label}中的${what}链接到文件以外的地址（${target}），而不是嵌在文件里，不能导入。请在 Word 中删除该${what}，用“插入 › 图片 › 此设备”重新插入后再上传。`,
      )
    }
  }

  const notCarried: string[] = []
  // mammoth reads the text as if every tracked change were accepted: say so.
  if (xml(entryOf(entries, 'word/document.xml')).querySelector('ins, del, moveFrom, moveTo')) notCarried.push('未处理的修订（已按“接受所有修订”导入）')
  if (names.has('word/comments.xml')) notCarried.push('批注')
  if ([...names].some((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) notCarried.push('页眉页脚')
  if ([...names].some((n) => n.startsWith('word/embeddings/'))) notCarried.push('嵌入的对象（如图表、附件）')
  if ([...names].some((n) => /^word\/charts\//.test(n))) notCarried.push('Word 图表')
  return { notCarried }
}

function entryOf(entries: ZipEntry[], name: string): Buffer {
  return entries.find((e) => e.name === name)!.data
}

function xml(data: Buffer): Document {
  try {
    return new JSDOM(data.toString('utf8'), { contentType: 'application/xml' }).window.document
  } catch {
    throw new WriteUpFileError('unreadable', 'Word 文档的内部结构已损坏，无法读取。请在 Word 中打开并另存为 .docx 后再上传。')
  }
}
