import fs from 'node:fs/promises'
import path from 'node:path'

import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { evidenceDir, mediaDir } from '../paths'

/**
 * 公开的佐证 held a photo from 图片 before 佐证文件 existed. The evidence_files
 * migration turns each such photo into a public 佐证文件 (same file, alt text as
 * its name) so that no entry loses its picture; the 图片 itself stays where it was.
 * Matched by filename, which both collections keep unique.
 */
export async function copyEvidenceImagesToFiles(db: MigrateUpArgs['db']): Promise<void> {
  const used = sql`SELECT image_id FROM cases_evidence WHERE image_id IS NOT NULL UNION SELECT image_id FROM _cases_v_version_evidence WHERE image_id IS NOT NULL`
  await db.run(sql`INSERT INTO evidence_files (title, visibility, filename, mime_type, filesize, width, height,
      sizes_thumbnail_width, sizes_thumbnail_height, sizes_thumbnail_mime_type, sizes_thumbnail_filesize, sizes_thumbnail_filename)
    SELECT COALESCE(NULLIF(alt, ''), filename), 'public', filename, mime_type, filesize, width, height,
      sizes_thumbnail_width, sizes_thumbnail_height, sizes_thumbnail_mime_type, sizes_thumbnail_filesize, sizes_thumbnail_filename
    FROM media WHERE id IN (${used})`)
  const files = (await db.all(sql`SELECT filename, sizes_thumbnail_filename AS thumbnail FROM evidence_files`)) as {
    filename: string | null
    thumbnail: string | null
  }[]
  if (!files.length) return
  await fs.mkdir(evidenceDir, { recursive: true })
  for (const name of files.flatMap((f) => [f.filename, f.thumbnail])) {
    if (name) await fs.copyFile(path.join(mediaDir, name), path.join(evidenceDir, name)).catch(() => undefined)
  }
}

/** The 佐证文件 made from an entry's former 图片 (its image_id), for the rebuilt evidence tables. */
export const evidenceFileOfImage = sql`(SELECT ef.id FROM evidence_files ef JOIN media m ON m.filename = ef.filename WHERE m.id = image_id)`
