/**
 * Hostile files, made in memory when the tests run (nothing big is committed):
 * a real 20,000 × 20,000 PNG in about a megabyte, a PNG that is HTML, SVGs
 * with script, broken spreadsheets, and the like.
 */
import zlib from 'node:zlib'

import { unzipSync, zipSync } from 'fflate'
import sharp from 'sharp'
import writeXlsxFile from 'write-excel-file/node'

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A complete, valid black RGB PNG of any size that decodes to width × height × 3
 * bytes (1.2 GB at 20,000²). Deflate with a full flush makes a byte-aligned block
 * that refers to nothing before it, so one block of 100 zero rows, repeated,
 * is the whole image; the checksum of all zeros is known.
 */
export function pngBomb(width: number, height: number): Buffer {
  const rowsPerBlock = 100
  if (height % rowsPerBlock) throw new Error(`height must be a multiple of ${rowsPerBlock}`)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  const rowBytes = 1 + width * 3 // filter byte + pixels
  const block = zlib.deflateRawSync(Buffer.alloc(rowBytes * rowsPerBlock), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH })
  const total = rowBytes * height
  const adler = Buffer.alloc(4)
  adler.writeUInt32BE(((total % 65521) * 65536 + 1) >>> 0)
  const stream = Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: height / rowsPerBlock }, () => block),
    zlib.deflateRawSync(Buffer.alloc(0)),
    adler,
  ])
  return Buffer.concat([pngSignature, pngChunk('IHDR', header), pngChunk('IDAT', stream), pngChunk('IEND', Buffer.alloc(0))])
}

/** A small, honest photo-like PNG. */
export const smallPng = (r = 158, g = 27, b = 31, width = 96, height = 64) =>
  sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer()

/** A PNG signature followed by an HTML page: "image/png" by its first bytes only. */
export const pngThatIsHtml = () => Buffer.concat([pngSignature, Buffer.from('<!doctype html><html><body><script>alert("XSS7F3A")</script></body></html>')])

/** A real PNG with an HTML page appended after its end (a polyglot). */
export const pngWithHtmlAppended = async () => Buffer.concat([await smallPng(20, 90, 160), Buffer.from('<html><script>alert("XSS7F3A")</script></html>')])

export const svgWithScript = () =>
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" onload="alert(\'XSS7F3A\')">' +
      '<script>alert("XSS7F3A")</script><rect width="120" height="80" fill="red"/></svg>',
  )

export const htmlPage = () => Buffer.from('<!doctype html><html><head><title>x</title></head><body><script>alert("XSS7F3A")</script></body></html>')

export const tiffImage = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
    .tiff()
    .toBuffer()

/** Bigger than the upload limit: a PNG padded with zeros. */
export const oversizedFile = async (bytes: number) => {
  const png = await smallPng()
  return Buffer.concat([png, Buffer.alloc(bytes - png.length)])
}

/** A CSV 汇总表 from rows, UTF-8 with the header the importer expects. */
export const summaryCsv = (rows: string[][]) =>
  Buffer.from(['序号,案例名称,案例类型,申报单位,联系人,联系电话,备注', ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n'), 'utf8')

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** The same table encoded as UTF-16 little-endian with a byte-order mark (Excel's "Unicode text"). */
export const utf16Csv = (rows: string[][]) => {
  const text = summaryCsv(rows).toString('utf8')
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

/** A ZIP signature and noise: what a damaged download of an .xlsx looks like. */
export const brokenXlsx = () => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('this is not a workbook '.repeat(40))])

/** A real workbook cut in half. */
export const truncatedXlsx = async (rows: string[][]) => {
  const full = await writeXlsxFile(
    [['序号', '案例名称', '案例类型', '申报单位', '联系人', '联系电话', '备注'], ...rows].map((row) => row.map((value) => ({ value, type: String }))),
    { sheet: '汇总表' },
  ).toBuffer()
  return full.subarray(0, Math.floor(full.length / 2))
}

/**
 * A .docx with its parts changed: `edit` gets every part by name and may add, change or
 * drop parts. Parts whose name matches `stored` are not compressed (as Word stores photos).
 */
export function editDocx(docx: Buffer, edit: (parts: Record<string, Uint8Array>) => void, stored?: RegExp): Buffer {
  const parts = unzipSync(docx)
  edit(parts)
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, stored?.test(name) ? [data, { level: 0 }] : data]))))
}

const text = (data: Uint8Array | undefined) => Buffer.from(data ?? new Uint8Array()).toString('utf8')

/** A .docx carrying a VBA project, as Word saves a macro-enabled document (but named .docx). */
export const docxWithMacros = (docx: Buffer) =>
  editDocx(docx, (parts) => {
    parts['word/vbaProject.bin'] = new Uint8Array(Buffer.from('Attribute VB_Name = "NewMacros"\r\nSub AutoOpen()\r\nShell "calc.exe"\r\nEnd Sub'))
    parts['[Content_Types].xml'] = new Uint8Array(
      Buffer.from(
        text(parts['[Content_Types].xml'])
          .replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml')
          .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
      ),
    )
  })

/** A .docx whose photo is an r:link to an outside address instead of an embedded file. */
export const docxWithExternalImage = (docx: Buffer, url = 'http://198.51.100.7/track.png') =>
  editDocx(docx, (parts) => {
    const rels = text(parts['word/_rels/document.xml.rels'])
    parts['word/_rels/document.xml.rels'] = new Uint8Array(
      Buffer.from(
        rels.replace(
          /<Relationship ([^>]*)Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/image"([^>]*)Target="[^"]*"/,
          `<Relationship $1Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"$2Target="${url}" TargetMode="External"`,
        ),
      ),
    )
    parts['word/document.xml'] = new Uint8Array(Buffer.from(text(parts['word/document.xml']).replace(/r:embed=/g, 'r:link=')))
  })

/** A .docx with an extra part of zeros that inflates to `megabytes` (about 1000 : 1). */
export const docxZipBomb = (docx: Buffer, megabytes = 120) =>
  editDocx(docx, (parts) => {
    parts['word/media/padding.bin'] = new Uint8Array(megabytes * 1024 * 1024)
  })

/**
 * A zip that lies: an entry of 30 MB of zeros whose headers claim 1 KB, so no
 * check of the declared sizes sees it; only inflating with a byte count does.
 */
export function docxLyingSizes(docx: Buffer): Buffer {
  const zip = Buffer.from(editDocx(docx, (parts) => (parts['word/media/padding.bin'] = new Uint8Array(30 * 1024 * 1024))))
  const name = Buffer.from('word/media/padding.bin')
  // Local file header (PK\3\4): uncompressed size at 22; central directory (PK\1\2): at 24.
  for (let at = zip.indexOf(name); at !== -1; at = zip.indexOf(name, at + 1)) {
    if (zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(1024, at - 30 + 22)
    else if (zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(1024, at - 46 + 24)
  }
  return zip
}

/** An old binary .doc (an OLE compound file): its signature and padding. */
export const oleDoc = () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)])

/** A zip of files, e.g. a folder of write-ups as Windows' 发送到压缩文件夹 makes it. */
export const zipOf = (files: Record<string, Buffer>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, new Uint8Array(data)]))))
