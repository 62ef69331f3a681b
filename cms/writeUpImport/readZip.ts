import yauzl from 'yauzl'

import { WriteUpFileError } from './writeUpFileError'

export type ZipLimits = {
  /** Most bytes all entries may inflate to, together. */
  maxTotalBytes: number
  /** Most entries. */
  maxEntries: number
  /** Highest inflated : compressed ratio of an entry bigger than `ratioFloorBytes`. */
  maxRatio: number
  ratioFloorBytes: number
}

export type ZipEntry = { name: string; data: Buffer }

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/**
 * Every entry of a zip file (a .docx is one), inflated, within limits checked
 * BEFORE anything is inflated: yauzl reads the sizes from the central
 * directory, and while inflating it fails an entry that yields more bytes
 * than it declared, so a zip bomb is refused by its claims or by its lie.
 * `describe` names the file in messages (「某某.docx」).
 */
export async function readZip(data: Buffer, limits: ZipLimits, describe: string): Promise<ZipEntry[]> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(data, { autoClose: false, lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false })
  } catch {
    throw new WriteUpFileError(
      'notZip',
      `${describe}不是 Word 文档（.docx）：文件内容无法按 Word 格式读取（只看文件内容，不看扩展名）。请在 Word 中另存为 .docx 后再上传。`,
    )
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new WriteUpFileError('zipBomb', `${describe}包含 ${zip.entryCount} 个内部文件，超过 ${limits.maxEntries} 个的上限，不像正常的文件，未读取。`)
    }
    const entries: { entry: yauzl.Entry; name: string }[] = []
    let declared = 0
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry)
      declared += entry.uncompressedSize
      if (declared > limits.maxTotalBytes) {
        throw new WriteUpFileError('zipBomb', `${describe}解压后超过 ${megabytes(limits.maxTotalBytes)}，可能是“压缩炸弹”，未读取。请检查文件来源。`)
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        throw new WriteUpFileError('zipBomb', `${describe}中的“${name}”压缩比高达 ${Math.round(ratio)} 倍，可能是“压缩炸弹”，未读取。请检查文件来源。`)
      }
      if (entry.isEncrypted()) throw new WriteUpFileError('encrypted', `${describe}设有密码，无法读取。请去掉密码后再上传。`)
      entries.push({ entry, name })
    }
    const result: ZipEntry[] = []
    for (const { entry, name } of entries) {
      if (name.endsWith('/')) continue
      if (!entry.canDecodeFileData()) throw new WriteUpFileError('notZip', `${describe}中的“${name}”使用了不支持的压缩方式，无法读取。`)
      result.push({ name, data: await inflate(zip, entry, describe) })
    }
    return result
  } finally {
    zip.close()
  }
}

async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, describe: string): Promise<Buffer> {
  try {
    const stream = await zip.openReadStreamPromise(entry)
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  } catch {
    // yauzl stops an entry the moment it inflates past its declared size.
    throw new WriteUpFileError('zipBomb', `${describe}已损坏，或内部文件的实际大小与声明不符（可能是“压缩炸弹”），未读取。`)
  }
}

/**
 * An entry's name. Zips made by Windows' own 压缩 on a Chinese system store
 * names in GBK without saying so; those made elsewhere set the UTF-8 flag.
 */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw
  const utf8Flag = (entry.generalPurposeBitFlag & 0x800) !== 0
  let name: string
  if (utf8Flag) name = raw.toString('utf8')
  else {
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(raw)
    } catch {
      name = new TextDecoder('gb18030').decode(raw)
    }
  }
  return name.replace(/\\/g, '/')
}
