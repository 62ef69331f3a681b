import mammoth from 'mammoth'

import { WriteUpFileError } from './writeUpFileError'

export type DocxImage = { id: string; contentType: string; data: Buffer }

// Word's Title style is the write-up's title (附件3: 标题居中); headings keep mammoth's defaults;
// underlining, which mammoth drops unless asked, stays (the editor has it).
const styleMap = ["p[style-name='Title'] => p.doc-title:fresh", "p[style-name='标题'] => p.doc-title:fresh", 'u => u']

/**
 * A .docx as HTML, by mammoth: paragraphs, headings, bold, italics, underline, lists
 * (from Word's numbering), tables, links, footnotes and endnotes (as a list at
 * the end). Images are taken out as files and left in the HTML as
 * `<img src="docx-image:N">`; comments, headers and footers are not read, and
 * tracked changes read as accepted. Files outside the document are never opened.
 */
export async function docxToHtml(data: Buffer): Promise<{ html: string; images: DocxImage[] }> {
  const images: DocxImage[] = []
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        styleMap,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const id = `docx-image:${images.length + 1}`
          images.push({ id, contentType: image.contentType, data: await image.readAsBuffer() })
          return { src: id }
        }),
      },
    )
    return { html: result.value, images }
  } catch (error) {
    throw new WriteUpFileError('unreadable', `Word 文档无法转换（${(error as Error).message.slice(0, 80)}）。请在 Word 中打开并另存为 .docx 后再上传。`)
  }
}
