/** The public 佐证 files as the case page shows them: photos processed by Astro, documents as download links. */
import path from 'node:path'

import { evidenceFileFormats, fileSizeText } from '../../../cms/domain'
import type { DocumentId } from '../../../cms/domain/documentId'
import { evidenceFileUrl } from '../../../cms/domain/urls'
import type { EvidenceFileView } from '../caseFactsView'

/** The extension a download keeps: the stored file's own, lower case (pdf, docx…). */
export const downloadExtension = (filename: string) => path.extname(filename).slice(1).toLowerCase() || 'bin'

/** Entries of the evidenceImages and evidenceDocuments collections (content.config.ts). */
export type EvidenceImageEntry = { id: DocumentId; src: unknown; title: string; width: number | null; height: number | null }
export type EvidenceDocumentEntry = { id: DocumentId; filename: string; title: string; mimeType: string; filesize: number }

export function evidenceFileViews(images: EvidenceImageEntry[], documents: EvidenceDocumentEntry[]): Map<DocumentId, EvidenceFileView> {
  const files = new Map<DocumentId, EvidenceFileView>()
  for (const data of images) {
    files.set(data.id, { kind: 'image', image: { src: data.src, alt: data.title, caption: null, width: data.width, height: data.height } })
  }
  for (const data of documents) {
    files.set(data.id, {
      kind: 'document',
      href: evidenceFileUrl(data.id, downloadExtension(data.filename)),
      filename: data.filename,
      format: evidenceFileFormats[data.mimeType] ?? downloadExtension(data.filename).toUpperCase(),
      size: fileSizeText(data.filesize),
    })
  }
  return files
}
