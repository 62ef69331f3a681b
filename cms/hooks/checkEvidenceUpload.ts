import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

import { evidenceFileFormats as evidenceFileTypes } from '../domain'
import { fieldErrors } from '../utilities/fieldErrors'
import { imageProblem, maxImageBytes, uploadName } from './checkImageUpload'

/** Largest 佐证 file, as large as an image (payload.config lets requests carry more, so this reason shows on the field). */
export const maxEvidenceBytes = maxImageBytes

const refuse = (req: PayloadRequest, message: string) => fieldErrors(req, { collection: 'evidence-files' }, [{ path: 'file', message }])

/**
 * Checks a 佐证 upload before Payload stores it: size, and the type its bytes
 * show (not its name). Payload checks the type too, in English; this gives
 * editors the reason in Chinese, on the file field. Old binary Office files
 * (.doc, .wps) are refused: their container also holds installers and macros.
 */
export const checkEvidenceUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  if (file.size > maxEvidenceBytes) {
    throw refuse(req, `文件有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 ${maxEvidenceBytes / 1024 / 1024} MB 的上限。请压缩或拆分后再上传。`)
  }
  const detected = await (file.tempFilePath && !file.data?.length ? fileTypeFromFile(file.tempFilePath) : fileTypeFromBuffer(file.data)).catch(() => undefined)
  const kinds = Object.values(evidenceFileTypes).join('、')
  if (detected?.mime === 'application/x-cfb') {
    throw refuse(req, '不接受旧版 Office 或 WPS 文件（.doc、.xls、.ppt、.wps）。请另存为 PDF 或 DOCX 后上传。')
  }
  if (!detected || !evidenceFileTypes[detected.mime]) {
    throw refuse(req, `不接受这种文件${detected ? `（${detected.ext.toUpperCase()}）` : ''}，佐证文件只能是 ${kinds}（只看文件内容，不看扩展名）。`)
  }
  if (detected.mime.startsWith('image/')) {
    const problem = await imageProblem(file)
    if (problem) throw refuse(req, problem)
  }
  file.name = uploadName(file.name)
  return args
}
