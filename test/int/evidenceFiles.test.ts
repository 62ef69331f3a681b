/**
 * 佐证文件 as editors meet them: uploads checked by content with the reason in
 * Chinese on the file field, a case's 佐证 entry refused when its file is marked
 * the other way, and a file's mark or deletion refused while cases rely on it.
 */
import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DocumentId } from '../../cms/domain/documentId'
import { createEvidenceFile, smallPdf } from '../helpers/evidenceFiles'
import { bootPayload, closePayload } from '../helpers/payload'
import { writeUpDocx } from '../helpers/writeUpDocx'
import { htmlPage, smallPng } from '../security/hostileFiles'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('佐证文件', () => {
  let payload: Payload
  let campaign: DocumentId
  let unit: DocumentId

  beforeAll(async () => {
    payload = await bootPayload()
    campaign = (await payload.create({ collection: 'campaigns', data: { name: '佐证测试活动', year: 2024, _status: 'published' }, overrideAccess: true })).id
    unit = (await payload.create({ collection: 'units', data: { name: '佐证测试单位' }, overrideAccess: true })).id
  })
  afterAll(() => closePayload(payload))

  const fieldErrors = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors.map((e) => ({ path: e.path, message: e.message }))
  }
  const upload = (name: string, data: Buffer, mimetype: string, visibility: 'public' | 'private' = 'public') =>
    createEvidenceFile(payload, { title: `文件${Math.random()}`, visibility, name, data, mimetype })
  const kase = (data: Record<string, unknown>) =>
    payload.create({ collection: 'cases', data: { title: `佐证案例${Math.random()}`, kind: 'case', campaign, unit, _status: 'published', ...data } as never })

  it('accepts photos, PDF and DOCX, and refuses a web page or an old Word file with the reason on the file field', async () => {
    expect((await upload('scan.pdf', smallPdf('OK'), 'application/pdf')).mimeType).toBe('application/pdf')
    expect((await upload('photo.png', await smallPng(), 'image/png')).mimeType).toBe('image/png')
    const docx = await upload('标准.docx', await writeUpDocx({ title: '地方标准' }), docxType)
    expect(docx.mimeType).toBe(docxType)
    expect(docx.filename).toBe('标准.docx')

    const before = (await payload.count({ collection: 'evidence-files', overrideAccess: true })).totalDocs
    // A web page renamed .pdf is judged by its bytes.
    expect(await fieldErrors(upload('pishi.pdf', htmlPage(), 'application/pdf'))).toEqual([
      { path: 'file', message: expect.stringMatching(/^不接受这种文件.*佐证文件只能是 JPEG、PNG、WebP、GIF、PDF/) },
    ])
    // An old binary Office file (a compound document, as .doc, .xls and .wps are).
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)])
    expect(await fieldErrors(upload('biaozhun.doc', cfb, 'application/msword'))).toEqual([
      { path: 'file', message: '不接受旧版 Office 或 WPS 文件（.doc、.xls、.ppt、.wps）。请另存为 PDF 或 DOCX 后上传。' },
    ])
    expect((await payload.count({ collection: 'evidence-files', overrideAccess: true })).totalDocs).toBe(before)
  })

  it("refuses a 佐证 entry whose file is marked the other way, with the fix on the entry's file field", async () => {
    const secret = await upload('secret.pdf', smallPdf('SECRET'), 'application/pdf', 'private')
    const open = await upload('open.pdf', smallPdf('OPEN'), 'application/pdf', 'public')
    expect(await fieldErrors(kase({ evidence: [{ kind: 'instruction', title: '批示', file: secret.id }] }))).toEqual([
      { path: 'evidence.0.file', message: expect.stringMatching(/^文件“.+”标记为不公开，不能放在这里。请打开文件改为“公开”，或把本条移到“不公开的佐证”。$/) },
    ])
    expect(await fieldErrors(kase({ privateEvidence: [{ kind: 'instruction', title: '批示', file: open.id }] }))).toEqual([
      { path: 'privateEvidence.0.file', message: expect.stringContaining('标记为公开，不能放在这里') },
    ])
    const ok = await kase({
      evidence: [{ kind: 'standard', title: '标准', file: open.id }],
      privateEvidence: [{ kind: 'instruction', title: '批示', file: secret.id }],
    })
    expect(ok.id).toBeDefined()
  })

  it('refuses to re-mark or delete a file that cases rely on, saying how many', async () => {
    const open = await upload('used.pdf', smallPdf('USED'), 'application/pdf', 'public')
    await kase({ evidence: [{ kind: 'standard', title: '标准', file: open.id }] })
    expect(await fieldErrors(payload.update({ collection: 'evidence-files', id: open.id, data: { visibility: 'private' } }))).toEqual([
      { path: 'visibility', message: '有 1 个案例把这个文件列在“公开的佐证”中，不能改为不公开。请先在这些案例中把该条移到另一组，或换用别的文件。' },
    ])
    await expect(payload.delete({ collection: 'evidence-files', id: open.id })).rejects.toThrow('不能删除：仍有 1 个已发布的案例（公开的佐证）用到它')
    expect((await payload.findByID({ collection: 'evidence-files', id: open.id })).visibility).toBe('public')
    // A mark must be one of the two.
    expect(await fieldErrors(payload.update({ collection: 'evidence-files', id: open.id, data: { visibility: 'secret' as 'public' } }))).toEqual([
      { path: 'visibility', message: '请选择公开或不公开。' },
    ])
    // An unused file can change its mark.
    const spare = await upload('spare.pdf', smallPdf('SPARE'), 'application/pdf', 'public')
    expect((await payload.update({ collection: 'evidence-files', id: spare.id, data: { visibility: 'private' } })).visibility).toBe('private')
  })
})
