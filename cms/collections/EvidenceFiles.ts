import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { editors } from '../access/editors'
import { publicFilesOrEditors } from '../access/publicFilesOrEditors'
import { evidenceVisibilityField } from '../fields/evidenceVisibility'
import { evidenceFileFormats } from '../domain'
import { checkEvidenceUpload } from '../hooks/checkEvidenceUpload'
import { maxImagePixels } from '../hooks/checkImageUpload'
import { queueRebuildAfterChange } from '../hooks/queueSiteRebuild'
import { refuseWhileShown } from '../hooks/refuseWhileShown'
import { evidenceDir } from '../paths'

/** Whether a published case shows this file in its 公开的佐证. */
async function shownOnSite(req: PayloadRequest, id: number | string): Promise<boolean> {
  const where: Where = { and: [{ 'evidence.file': { equals: id } }, { _status: { equals: 'published' } }] }
  return (await req.payload.count({ collection: 'cases', where, req, overrideAccess: true })).totalDocs > 0
}

/**
 * 佐证文件: photos, scans and documents (批示, certificates, 地方标准) that
 * cases cite as evidence, each marked public or private. Private ones, their
 * API answers and their bytes, are readable by logged-in editors only.
 */
export const EvidenceFiles: CollectionConfig = {
  slug: 'evidence-files',
  labels: { singular: '佐证文件', plural: '佐证文件' },
  admin: {
    group: '案例库',
    useAsTitle: 'title',
    defaultColumns: ['title', 'visibility', 'filename', 'filesize', 'updatedAt'],
    description: '案例“佐证材料”引用的照片和文件。不公开的文件只有登录的编辑能打开。',
  },
  access: { read: publicFilesOrEditors, create: editors, update: editors, delete: editors },
  upload: {
    staticDir: evidenceDir,
    mimeTypes: Object.keys(evidenceFileFormats),
    // As in 图片: photos are re-encoded through sharp, so camera metadata (GPS position) is not kept.
    constructorOptions: { limitInputPixels: maxImagePixels },
    imageSizes: [{ name: 'thumbnail', width: 400, height: 300, position: 'centre' }],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    beforeOperation: [
      checkEvidenceUpload,
      refuseWhileShown([
        { collection: 'cases', field: 'evidence.file', label: '案例（公开的佐证）' },
        { collection: 'cases', field: 'privateEvidence.file', label: '案例（不公开的佐证）' },
      ]),
    ],
    // The site shows a file only through a published case's 公开的佐证 (a used file cannot be deleted or made
    // private): a new upload, or a change to a file no published case shows, needs no rebuild.
    afterChange: [async (args) => ((await shownOnSite(args.req, args.doc.id)) ? queueRebuildAfterChange(args) : args.doc)],
  },
  fields: [
    {
      name: 'title',
      label: '名称',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: '如“省领导批示（扫描件）”；公开的图片以此为替代文字。' },
    },
    evidenceVisibilityField,
  ],
}
