import path from 'node:path'

import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { fieldErrors } from '../utilities/fieldErrors'
import { normalizeText } from '../utilities/normalizeText'

/** Largest upload: a phone photo is 2–8 MB; anything bigger should be compressed first. */
export const maxImageBytes = 10 * 1024 * 1024

/**
 * Most pixels an image may have: 50 million (e.g. 8,000 × 6,000), more than any
 * page needs. Decoding takes 3–4 bytes a pixel, so a small file that claims
 * 20,000 × 20,000 would need over a gigabyte: a decompression bomb.
 */
export const maxImagePixels = 50_000_000

// sharp's names for the formats we accept, by what the file's bytes say (not its name or type).
const acceptedFormats: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', gif: 'GIF', heif: 'AVIF' }

const refuse = (req: PayloadRequest, message: string) => fieldErrors(req, { collection: 'media' }, [{ path: 'file', message }])

/**
 * Checks an uploaded image before Payload decodes it: size, real format
 * (SVG refused: it can carry script), and pixel count, read from the header
 * alone. Payload also checks the type and renames clashing files; this gives
 * editors the reason in Chinese and stops bombs before any decoding.
 */
export const checkImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const problem = await imageProblem(file)
  if (problem) throw refuse(req, problem)
  file.name = uploadName(file.name)
  return args
}

/** What is wrong with an uploaded image, in Chinese for the editor; undefined when nothing is. */
export async function imageProblem(file: NonNullable<PayloadRequest['file']>): Promise<string | undefined> {
  if (file.size > maxImageBytes) {
    return `图片文件有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 ${maxImageBytes / 1024 / 1024} MB 的上限。请压缩后再上传。`
  }
  let metadata: Metadata
  try {
    // The limit is ours to apply below, with a message; reading the header decodes nothing.
    metadata = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata()
  } catch {
    return '无法识别这个图片文件：文件已损坏，或并不是图片（只看文件内容，不看扩展名）。'
  }
  const format = metadata.format === 'heif' && metadata.compression !== 'av1' ? 'heic' : metadata.format
  if (format === 'svg') return '不接受 SVG 图片：SVG 文件可以携带脚本。请另存为 PNG 或 JPEG 后上传。'
  if (!acceptedFormats[format]) return `不接受 ${format.toUpperCase()} 格式的图片，只能上传 ${Object.values(acceptedFormats).join('、')} 图片。`
  const pixels = (metadata.width ?? 0) * (metadata.pageHeight ?? metadata.height ?? 0) * (metadata.pages ?? 1)
  if (pixels > maxImagePixels) {
    return `图片尺寸 ${metadata.width} × ${metadata.height} 像素${metadata.pages && metadata.pages > 1 ? `（${metadata.pages} 帧）` : ''}过大，上限为 ${maxImagePixels / 10_000} 万像素。请缩小后再上传。`
  }
  return undefined
}

/**
 * The stored name: no folders, no invisible or control characters, at most
 * 80 characters before the extension. Payload then makes it unique in the folder.
 */
export function uploadName(name: string): string {
  const base = path.posix.basename(name.replace(/\\/g, '/'))
  const clean = normalizeText(base)
    .replace(/[\s/:*?"<>|#%]+/g, '-')
    .replace(/^[.-]+/, '')
  const ext = path.extname(clean).slice(0, 10)
  const stem = clean.slice(0, clean.length - ext.length).slice(0, 80) || 'image'
  return `${stem}${ext}`
}
