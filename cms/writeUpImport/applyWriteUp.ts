import { createHash } from 'node:crypto'

import { ValidationError, type PayloadRequest } from 'payload'

import type { WriteUpPlan } from './planWriteUp'

type Id = number | string

type CaseDoc = {
  id: Id
  title: string
  sections?: Record<string, unknown> | null
  images?: { image: Id | { id: Id }; caption?: string | null }[] | null
  honours?: { text: string; level: string; year?: number | null }[] | null
  press?: { outlet: string; title?: string | null; url?: string | null; date?: string | null }[] | null
}

export type AppliedWriteUp = { id: Id; title: string; imagesAdded: number; honoursAdded: number; pressAdded: number }

const extensions: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' }
const idOf = (ref: Id | { id: Id }) => (typeof ref === 'object' ? ref.id : ref)
const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').replace(/\s+/g, '') === (b ?? '').replace(/\s+/g, '')

/**
 * Writes a planned write-up into a case as a new draft (a published case stays
 * as it is on the site until the editor publishes): abstract and the sections
 * the file has, its photos as media (through the upload checks; a photo
 * imported before is reused), and the honours and press entries not there yet.
 * Runs inside the caller's transaction (`req`); a throw leaves nothing in the
 * database, and `writtenFiles` lists the image files to remove from disk then.
 */
export async function applyWriteUp(req: PayloadRequest, caseId: Id, plan: WriteUpPlan, writtenFiles: string[]): Promise<AppliedWriteUp> {
  const { payload } = req
  const kase = (await payload.findByID({ collection: 'cases', id: caseId, draft: true, depth: 0, req, overrideAccess: false })) as unknown as CaseDoc

  const images = [...(kase.images ?? [])].map((item) => ({ ...item, image: idOf(item.image) }))
  let imagesAdded = 0
  for (const [index, image] of plan.images.entries()) {
    const name = `word-${createHash('sha256').update(image.data).digest('hex').slice(0, 16)}.${extensions[image.contentType]}`
    const existing = await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, depth: 0, req, overrideAccess: false })
    let mediaId = existing.docs[0]?.id as Id | undefined
    if (mediaId === undefined) {
      const alt = (image.alt || image.caption?.replace(/^(图|照片|附图)\s*\S+?\s+/, '') || `${kase.title} 图 ${index + 1}`).slice(0, 200)
      const media = await payload
        .create({
          collection: 'media',
          data: { alt, caption: image.caption?.slice(0, 200) },
          file: { data: image.data, mimetype: image.contentType, name, size: image.data.length },
          req,
          overrideAccess: false,
        })
        .catch((error: unknown) => {
          if (!(error instanceof ValidationError)) throw error
          const reason = error.data.errors.map((e) => e.message).join('；')
          throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message: `Word 文件中的第 ${index + 1} 张图片不能导入：${reason}` }], req })
        })
      mediaId = media.id
      writtenFiles.push(...mediaFiles(media))
    }
    req.file = undefined
    if (images.some((item) => String(item.image) === String(mediaId))) continue
    images.push({ image: mediaId, caption: image.caption?.slice(0, 200) })
    imagesAdded += 1
  }

  const honours = [...(kase.honours ?? [])]
  const newHonours = plan.honours.filter((h) => !honours.some((o) => same(o.text, h.text)))
  const press = [...(kase.press ?? [])]
  const newPress = plan.press.filter((p) => !press.some((o) => same(o.outlet, p.outlet) && same(o.title, p.title)))

  const updated = await payload.update({
    collection: 'cases',
    id: caseId,
    draft: true,
    data: {
      ...(plan.abstract ? { abstract: plan.abstract } : {}),
      sections: { ...(kase.sections ?? {}), ...plan.sections } as never,
      images: images as never,
      honours: [...honours, ...newHonours] as never,
      press: [...press, ...newPress] as never,
    },
    req,
    overrideAccess: false,
  })
  return { id: updated.id, title: updated.title, imagesAdded, honoursAdded: newHonours.length, pressAdded: newPress.length }
}

/** The files an upload wrote: the original and each resized copy. */
function mediaFiles(media: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }): string[] {
  return [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
}
