import type { UploadField, UploadFieldSingleValidation } from 'payload'

import { evidenceVisibilities, labelOf, type EvidenceVisibility } from '../domain'
import { refId, type Ref } from '../domain/documentId'

const otherList = { public: '不公开的佐证', private: '公开的佐证' } as const

/**
 * A 佐证 entry's file must be marked as its list is: a private file in 公开的佐证
 * would print a broken entry (readers cannot fetch it), and a public file in
 * 不公开的佐证 would be readable by anyone. The message says which way to fix it.
 */
const fileMarked =
  (visibility: EvidenceVisibility): UploadFieldSingleValidation =>
  async (value, { req }) => {
    const id = refId(value as Ref)
    if (id === undefined) return true
    const file = (await req.payload.findByID({
      collection: 'evidence-files',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { title: true, visibility: true },
    })) as { title?: string; visibility?: string } | null
    if (!file) return '找不到这个文件，它可能已被删除。请重新上传或选择。'
    if (file.visibility === visibility) return true
    return `文件“${file.title}”标记为${labelOf(evidenceVisibilities, file.visibility ?? '')}，不能放在这里。请打开文件改为“${labelOf(evidenceVisibilities, visibility)}”，或把本条移到“${otherList[visibility]}”。`
  }

/** The file of a 佐证 entry: an upload to 佐证文件, marked public or private like the list it is in. */
export function evidenceFileField(visibility: EvidenceVisibility): UploadField {
  return {
    name: 'file',
    label: '文件',
    type: 'upload',
    relationTo: 'evidence-files',
    // The picker lists only files marked as this list is.
    filterOptions: { visibility: { equals: visibility } },
    validate: fileMarked(visibility),
    admin: {
      description:
        visibility === 'public'
          ? '照片、扫描件或文件（PDF、Word、Excel、PowerPoint），上传时选“公开”；图片显示在案例页上，文件可下载。'
          : '照片、扫描件或文件，上传时选“不公开”：只有登录的编辑能打开。',
    },
  }
}
