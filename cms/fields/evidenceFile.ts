import type { PayloadRequest, UploadField, UploadFieldSingleValidation } from 'payload'

import { lookupForBatch } from '../database/batchCreate'
import { findByIds } from '../utilities/findByIds'

import { evidenceVisibilities, labelOf, type EvidenceVisibility } from '../domain'
import { refId, type Ref } from '../domain/documentId'

const otherList = { public: '不公开的佐证', private: '公开的佐证' } as const

type MarkedFile = { title?: string; visibility?: string } | null

const markedFiles = (req: PayloadRequest, keys: string[]) =>
  findByIds(req, 'evidence-files', keys, { title: true, visibility: true }) as Promise<Map<string, MarkedFile>>

/**
 * A 佐证 entry's file must be marked as its list is: a private file in 公开的佐证
 * would print a broken entry (readers cannot fetch it), and a public file in
 * 不公开的佐证 would be readable by anyone. The message says which way to fix it.
 * Inside a batch of new documents, the files of the whole batch's list are read at once.
 */
const fileMarked =
  (visibility: EvidenceVisibility): UploadFieldSingleValidation =>
  async (value, { collectionSlug, path, req }) => {
    const id = refId(value as Ref)
    if (id === undefined) return true
    // The list this entry is in (`evidence` for evidence.2.file): the same list of the batch's other documents.
    const list = path?.length === 3 ? String(path[0]) : undefined
    const keysOf = (data: Record<string, unknown>) =>
      list && Array.isArray(data[list])
        ? (data[list] as { file?: Ref }[])
            .map((row) => refId(row?.file))
            .filter((found) => found != null)
            .map(String)
        : []
    const file = collectionSlug
      ? await lookupForBatch(req, {
          collection: collectionSlug,
          lookup: `evidence file in ${list}`,
          key: String(id),
          keysOf,
          loadMany: (keys) => markedFiles(req, keys),
        })
      : (await markedFiles(req, [String(id)])).get(String(id))
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
