import fs from 'node:fs/promises'
import path from 'node:path'

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { ObjectId } from 'mongodb'

import { evidenceDir, mediaDir } from '../../paths'

type EvidenceEntry = { image?: ObjectId | null; file?: unknown; [field: string]: unknown }

/**
 * The MongoDB counterpart of the SQLite migration of the same name. 公开的佐证
 * held a photo from 图片 (`evidence[].image`) before 佐证文件 existed: each such
 * photo becomes a public 佐证文件 (same file, copied; alt text as its name) and
 * the entry points at it (`evidence[].file`), in cases and their versions. The
 * 图片 itself stays where it was. It runs inside the migration's transaction (`session`).
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const cases = payload.db.collections.cases!.collection
  const caseVersions = payload.db.versions.cases!.collection
  const media = payload.db.collections.media!.collection
  const evidenceFiles = payload.db.collections['evidence-files']!.collection

  const docs = await cases.find({ 'evidence.image': { $ne: null } }, { session, projection: { evidence: 1 } }).toArray()
  const versions = await caseVersions.find({ 'version.evidence.image': { $ne: null } }, { session, projection: { 'version.evidence': 1 } }).toArray()
  const images = new Map<string, ObjectId>()
  for (const entry of [...docs.flatMap((d) => d.evidence ?? []), ...versions.flatMap((v) => v.version?.evidence ?? [])] as EvidenceEntry[])
    if (entry.image) images.set(String(entry.image), entry.image)
  if (!images.size) return

  const fileOfImage = new Map<string, unknown>()
  await fs.mkdir(evidenceDir, { recursive: true })
  for (const photo of await media.find({ _id: { $in: [...images.values()] } }, { session }).toArray()) {
    const now = new Date()
    const { insertedId } = await evidenceFiles.insertOne(
      {
        title: photo.alt || photo.filename,
        visibility: 'public',
        filename: photo.filename,
        mimeType: photo.mimeType,
        filesize: photo.filesize,
        width: photo.width,
        height: photo.height,
        sizes: photo.sizes?.thumbnail ? { thumbnail: photo.sizes.thumbnail } : undefined,
        createdAt: now,
        updatedAt: now,
      },
      { session },
    )
    fileOfImage.set(String(photo._id), insertedId)
    for (const name of [photo.filename, photo.sizes?.thumbnail?.filename])
      if (name) await fs.copyFile(path.join(mediaDir, name), path.join(evidenceDir, name)).catch(() => undefined)
  }

  const moved = (entries: EvidenceEntry[] = []) =>
    entries.map(({ image, ...entry }) => ({ ...entry, file: image ? (fileOfImage.get(String(image)) ?? null) : (entry.file ?? null) }))
  for (const doc of docs) await cases.updateOne({ _id: doc._id }, { $set: { evidence: moved(doc.evidence) } }, { session })
  for (const version of versions)
    await caseVersions.updateOne({ _id: version._id }, { $set: { 'version.evidence': moved(version.version?.evidence) } }, { session })
}

/** Going back leaves the data as it is: the entries keep their 佐证文件, and MongoDB has no columns to drop. */
export async function down(_: MigrateDownArgs): Promise<void> {}
