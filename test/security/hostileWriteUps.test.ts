/**
 * Hostile Word files, into a case and in a batch: each is refused with a
 * Chinese reason, and the case, the media and the upload folder are exactly
 * as before.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'

import { mediaDir } from '../../cms/paths'
import { importWriteUp } from '../../cms/writeUpImport/importWriteUp'
import { importWriteUpBatch } from '../../cms/writeUpImport/importWriteUpBatch'
import { bootPayload, closePayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { campaignWithDrafts, writeUpCaseTitles } from '../helpers/writeUpCampaign'
import { writeUpDocx } from '../helpers/writeUpDocx'
import { docxLyingSizes, docxWithExternalImage, docxWithMacros, docxZipBomb, editDocx, oleDoc, pngBomb, smallPng, zipOf } from './hostileFiles'

describe('hostile Word files change nothing', () => {
  let payload: Payload
  let setup: Awaited<ReturnType<typeof campaignWithDrafts>>
  let caseId: number
  let good: Buffer

  const state = async () => ({
    case: await payload.findByID({ collection: 'cases', id: caseId, draft: true, depth: 0, overrideAccess: true }),
    versions: (await payload.countVersions({ collection: 'cases', where: { parent: { equals: caseId } }, overrideAccess: true })).totalDocs,
    media: (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
    files: fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [],
  })

  beforeAll(async () => {
    payload = await bootPayload()
    setup = await campaignWithDrafts(payload)
    caseId = setup.caseId(writeUpCaseTitles[0]!) as number
    good = await writeUpDocx({ title: writeUpCaseTitles[0]! })
  })
  afterAll(() => closePayload(payload))

  const cases: [name: string, file: () => Promise<Buffer> | Buffer, fileName: string, reason: RegExp][] = [
    ['a macro-enabled .docm', () => docxWithMacros(good), '情况介绍.docm', /启用宏的 Word 文档（\.docm）/],
    ['a .docx carrying a VBA project', () => docxWithMacros(good), '情况介绍.docx', /含有宏或 ActiveX 控件.*vbaProject\.bin/],
    ['a zip bomb by its declared size', () => docxZipBomb(good, 120), 'a.docx', /解压后超过 80 MB，可能是“压缩炸弹”/],
    ['a zip bomb by its ratio', () => docxZipBomb(good, 20), 'a.docx', /压缩比高达 \d+ 倍，可能是“压缩炸弹”/],
    ['a zip that lies about its sizes', () => docxLyingSizes(good), 'a.docx', /实际大小与声明不符/],
    ['a photo linked from an outside address', () => docxWithExternalImage(good), 'a.docx', /图片链接到文件以外的地址（http:\/\/198\.51\.100\.7\/track\.png）/],
    [
      'a file over the size cap',
      () => editDocx(good, (parts) => (parts['word/media/big.bin'] = new Uint8Array(randomBytes(11 * 1024 * 1024)))),
      'a.docx',
      /超过 10\.0 MB 的上限/,
    ],
    ['a PNG renamed .docx', () => smallPng(), 'a.docx', /不是 Word 文档（\.docx）/],
    [
      'an Excel workbook renamed .docx',
      async () => Buffer.from(await writeXlsxFile([[{ value: '案例名称' }]], { sheet: 'Sheet1' }).toBuffer()),
      'a.docx',
      /不是 Word 文档，而是Excel 表格/,
    ],
    ['an old binary .doc renamed .docx', () => oleDoc(), 'a.docx', /旧版 Word 文档（\.doc）或设有打开密码/],
    [
      'a pixel bomb as its photo',
      async () => editDocx(await writeUpDocx({ title: writeUpCaseTitles[0]!, image: pngBomb(20_000, 20_000) }), () => undefined, /^word\/media\//),
      'a.docx',
      /第 1 张图片不能导入：图片尺寸 20000 × 20000 像素过大/,
    ],
  ]

  it.each(cases)('refuses %s into a case', async (_name, make, fileName, reason) => {
    const before = await state()
    const result = await importWriteUp(payload, { data: await make(), name: fileName }, { caseId, user: setup.editor, apply: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatch(reason)
    expect(await state()).toEqual(before)
  })

  it('refuses them through the endpoint too, and in a batch each on its own line', async () => {
    const token = await login(setup.editor.email)
    const body = new FormData()
    body.set('file', new Blob([new Uint8Array(docxWithExternalImage(good))]), 'a.docx')
    body.set('_payload', JSON.stringify({ apply: true }))
    const before = await state()
    const response = await rest('POST', `/cases/${caseId}/import-write-up`, { token, body })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(/链接到文件以外的地址/)

    const zip = zipOf({
      'macro.docm': docxWithMacros(good),
      'bomb.docx': docxZipBomb(good, 20),
      'linked.docx': docxWithExternalImage(good),
      'renamed.docx': await smallPng(),
      'notes.txt': Buffer.from('readme'),
    })
    const batch = await importWriteUpBatch(payload, { data: zip, name: '情况介绍.zip' }, { campaign: setup.campaign.id, user: setup.editor })
    expect(batch.ok).toBe(true)
    if (!batch.ok) return
    expect(batch.files.map((f) => [f.file, f.status])).toEqual([
      ['macro.docm', 'refused'],
      ['bomb.docx', 'refused'],
      ['linked.docx', 'refused'],
      ['renamed.docx', 'refused'],
      ['notes.txt', 'refused'],
    ])
    expect(await state()).toEqual(before)
  })

  it('refuses a .zip bomb of write-ups before inflating it', async () => {
    const bomb = zipOf({ 'a.docx': good, 'padding.bin': Buffer.alloc(20 * 1024 * 1024) })
    const result = await importWriteUpBatch(payload, { data: bomb, name: 'a.zip' }, { campaign: setup.campaign.id, user: setup.editor })
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/可能是“压缩炸弹”/) })
  })
})
