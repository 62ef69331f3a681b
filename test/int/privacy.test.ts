import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'
import { closePayload, createEditor, seededPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { createEvidenceFile, smallPdf } from '../helpers/evidenceFiles'
import { smallPng } from '../security/hostileFiles'
import type { DocumentId } from '../../cms/domain/documentId'

// Values that must never reach an anonymous reader.
const canary = {
  person: 'CANARY-PERSON-7f3a',
  phone: '13900007f3a',
  remarks: 'CANARY-REMARKS-7f3a',
  review: 'CANARY-REVIEW-7f3a',
  draftTitle: 'CANARY-DRAFT-TITLE-7f3a',
  draftEdit: 'CANARY-UNPUBLISHED-EDIT-7f3a',
  evidence: 'CANARY-EVIDENCE-7f3a',
  evidenceUrl: 'https://example.org/canary-evidence-7f3a',
  fileTitle: 'CANARY-FILE-TITLE-7f3a',
  fileName: 'canary-file-7f3a',
  fileBytes: 'CANARY-FILE-BYTES-7f3a',
  draftPhoto: 'CANARY-DRAFT-PHOTO-7f3a',
}
// From seed 000's notice: a real organiser's phone and mailbox, stored as private contacts.
const seededPrivate = ['15060060229', 'fzjgdj@163.com', '83311684']

describe('private data and drafts', () => {
  let payload: Payload
  let editorToken: string
  let publishedId: DocumentId
  let draftId: DocumentId
  let privateFile: { id: DocumentId; filename: string; thumbnail: string }
  let privatePdf: { id: DocumentId; filename: string }
  let publicFile: { id: DocumentId; filename: string }
  let draftPhoto: { id: DocumentId; filename: string; thumbnail: string }
  let shownPhoto: { id: DocumentId; filename: string }

  beforeAll(async () => {
    payload = await seededPayload()
    const editor = await createEditor(payload)
    editorToken = await login(editor.email)
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'fuzhou-xinhuoshi-shijia-2024' } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1 })).docs[0]!
    // 佐证 files: a private scan and a private photo (canaries in title, name and bytes), and a public document.
    const pdf = await createEvidenceFile(payload, {
      title: canary.fileTitle,
      visibility: 'private',
      name: `${canary.fileName}.pdf`,
      data: smallPdf(canary.fileBytes),
      mimetype: 'application/pdf',
    })
    privatePdf = { id: pdf.id, filename: pdf.filename! }
    const photo = await createEvidenceFile(payload, {
      title: canary.fileTitle,
      visibility: 'private',
      name: `${canary.fileName}.png`,
      data: await smallPng(40, 90, 160, 800, 600),
      mimetype: 'image/png',
    })
    privateFile = { id: photo.id, filename: photo.filename!, thumbnail: photo.sizes!.thumbnail!.filename! }
    const open = await createEvidenceFile(payload, {
      title: '公开的批示扫描件',
      visibility: 'public',
      name: 'public-scan.pdf',
      data: smallPdf('PUBLIC-SCAN'),
      mimetype: 'application/pdf',
    })
    publicFile = { id: open.id, filename: open.filename! }
    // 图片: one shown by the published case, one uploaded for the draft only (its alt text a canary).
    const upload = async (alt: string, name: string) => {
      const png = await smallPng(120, 60, 30, 640, 480)
      return payload.create({ collection: 'media', data: { alt }, file: { data: png, mimetype: 'image/png', name, size: png.length } })
    }
    const shown = await upload('公开案例的照片', 'shown-photo.png')
    shownPhoto = { id: shown.id, filename: shown.filename! }
    const unshown = await upload(canary.draftPhoto, 'draft-photo-7f3a.png')
    draftPhoto = { id: unshown.id, filename: unshown.filename!, thumbnail: unshown.sizes!.thumbnail!.filename! }
    const published = await payload.create({
      collection: 'cases',
      data: {
        title: '公开的测试案例',
        kind: 'case',
        campaign: campaign.id,
        unit: unit.id,
        abstract: '公开摘要',
        contactPerson: canary.person,
        contactPhone: canary.phone,
        remarks: canary.remarks,
        reviewNotes: canary.review,
        evidence: [{ kind: 'report', title: '公开的佐证', file: publicFile.id }],
        images: [{ image: shownPhoto.id }],
        privateEvidence: [
          { kind: 'instruction', title: canary.evidence, source: canary.evidence, note: canary.evidence, url: canary.evidenceUrl, file: privatePdf.id },
          { kind: 'photo', title: canary.evidence, file: privateFile.id },
        ],
        _status: 'published',
      },
    })
    publishedId = published.id
    // An unpublished edit on top of the published version.
    await payload.update({ collection: 'cases', id: publishedId, data: { title: canary.draftEdit, _status: 'draft' }, draft: true })
    const draft = await payload.create({
      collection: 'cases',
      data: {
        title: canary.draftTitle,
        kind: 'case',
        campaign: campaign.id,
        unit: unit.id,
        sections: { background: plainTextToLexical(canary.draftTitle) },
        images: [{ image: draftPhoto.id }],
        _status: 'draft',
      },
      draft: true,
    })
    draftId = draft.id
  })
  afterAll(() => closePayload(payload))

  const leaks = (text: string) => [...Object.values(canary), ...seededPrivate].filter((value) => text.includes(value))

  it('anonymous Local API reads show no contact field and no draft', async () => {
    for (const collection of ['cases', 'campaigns', 'units', 'brands', 'features', 'evidence-files', 'media'] as const) {
      const found = await payload.find({ collection, overrideAccess: false, limit: 0, pagination: false, depth: 2 })
      expect(leaks(JSON.stringify(found)), collection).toEqual([])
    }
    const kase = await payload.findByID({ collection: 'cases', id: publishedId, overrideAccess: false })
    expect(kase.title).toBe('公开的测试案例')
    expect(kase.contactPerson).toBeUndefined()
    expect(kase.contactPhone).toBeUndefined()
    await expect(payload.findByID({ collection: 'cases', id: draftId, overrideAccess: false })).rejects.toThrow()
    // Asking for drafts does not help an anonymous reader.
    const drafts = await payload.find({ collection: 'cases', overrideAccess: false, draft: true, limit: 0, pagination: false })
    expect(leaks(JSON.stringify(drafts))).toEqual([])
  })

  it('anonymous REST answers show no contact field, no draft and no version', async () => {
    const paths = [
      '/cases?limit=0&depth=2',
      '/cases?limit=0&draft=true',
      `/cases/${publishedId}?draft=true`,
      '/campaigns?limit=0',
      '/units?limit=0',
      '/brands?limit=0&depth=2',
      '/features?limit=0&depth=2',
      `/cases?where[contactPhone][equals]=${canary.phone}`,
      `/cases/${publishedId}?depth=2`,
      `/cases?where[privateEvidence.title][equals]=${canary.evidence}`,
      '/evidence-files?limit=0&depth=2',
      `/evidence-files/${privatePdf.id}`,
      `/evidence-files?where[visibility][equals]=private`,
      `/evidence-files?where[title][equals]=${canary.fileTitle}`,
      '/media?limit=0&depth=2',
      `/media/${draftPhoto.id}`,
      `/media?where[alt][equals]=${canary.draftPhoto}`,
    ]
    for (const path of paths) {
      const res = await rest('GET', path)
      expect(leaks(res.text), path).toEqual([])
    }
    expect((await rest('GET', `/cases/${draftId}`)).status).toBe(404)
    expect((await rest('GET', '/cases/versions')).status).toBe(403)
    expect((await rest('GET', '/users')).status).toBe(403)
    // Filtering on a private field is refused, so it cannot be probed value by value.
    expect((await rest('GET', `/cases?where[contactPhone][equals]=${canary.phone}`)).status).toBe(400)
    expect((await rest('GET', `/cases?where[privateEvidence.title][equals]=${canary.evidence}`)).status).toBe(400)
    // Public 佐证 is there for everyone.
    expect((await rest('GET', `/cases/${publishedId}`)).body.evidence).toMatchObject([{ title: '公开的佐证' }])
    expect((await rest('GET', `/evidence-files/${privatePdf.id}`)).status).toBe(404)
  })

  it("serves a private 佐证 file's bytes to editors only, a public one's to anyone", async () => {
    for (const name of [privatePdf.filename, privateFile.filename, privateFile.thumbnail]) {
      const anonymous = await rest('GET', `/evidence-files/file/${encodeURIComponent(name)}`)
      expect(anonymous.status, name).toBe(403)
      expect(leaks(anonymous.text), name).toEqual([])
      expect((await rest('GET', `/evidence-files/file/${encodeURIComponent(name)}`, { token: editorToken })).status, name).toBe(200)
    }
    expect((await rest('GET', `/evidence-files/file/${encodeURIComponent(privatePdf.filename)}`, { token: editorToken })).text).toContain(canary.fileBytes)
    const open = await rest('GET', `/evidence-files/file/${encodeURIComponent(publicFile.filename)}`)
    expect(open.status).toBe(200)
    expect(open.text).toContain('PUBLIC-SCAN')
    // The public file's document is listed for everyone, with its URL; the private ones are not.
    const list = await rest('GET', '/evidence-files?limit=0')
    expect(list.body.docs.map((d: { id: DocumentId }) => d.id)).toEqual([publicFile.id])
    const editors = await rest('GET', '/evidence-files?limit=0', { token: editorToken })
    expect(editors.body.docs).toHaveLength(3)
  })

  it("serves a draft case's photo to editors only, and a published case's to anyone", async () => {
    for (const name of [draftPhoto.filename, draftPhoto.thumbnail]) {
      expect((await rest('GET', `/media/file/${encodeURIComponent(name)}`)).status, name).toBe(403)
      expect((await rest('GET', `/media/file/${encodeURIComponent(name)}`, { token: editorToken })).status, name).toBe(200)
    }
    expect((await rest('GET', `/media/${draftPhoto.id}`)).status).toBe(404)
    expect((await rest('GET', `/media/${draftPhoto.id}`, { token: editorToken })).body.alt).toBe(canary.draftPhoto)
    expect((await rest('GET', `/media/file/${encodeURIComponent(shownPhoto.filename)}`)).status).toBe(200)
    const list = await rest('GET', '/media?limit=0')
    expect(list.body.docs.map((d: { id: DocumentId }) => d.id)).toContain(shownPhoto.id)
    expect(list.body.docs.map((d: { id: DocumentId }) => d.id)).not.toContain(draftPhoto.id)
  })

  it('an editor sees the private fields and the drafts', async () => {
    const kase = await rest('GET', `/cases/${publishedId}?draft=true`, { token: editorToken })
    expect(kase.status).toBe(200)
    expect(kase.body).toMatchObject({
      title: canary.draftEdit,
      contactPerson: canary.person,
      contactPhone: canary.phone,
      remarks: canary.remarks,
      reviewNotes: canary.review,
      privateEvidence: [{ title: canary.evidence, url: canary.evidenceUrl, file: { id: privatePdf.id } }, { file: { id: privateFile.id } }],
    })
    const draft = await rest('GET', `/cases/${draftId}?draft=true`, { token: editorToken })
    expect(draft.body.title).toBe(canary.draftTitle)
    const campaigns = await rest('GET', '/campaigns?limit=0', { token: editorToken })
    expect(campaigns.text).toContain('15060060229')
  })
})
