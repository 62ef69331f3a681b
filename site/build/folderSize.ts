import fs from 'node:fs'
import path from 'node:path'

export type FolderSize = { files: number; htmlFiles: number; bytes: number }

/** The files under a folder, how many are pages, and their total size. */
export function folderSize(dir: string): FolderSize {
  const size: FolderSize = { files: 0, htmlFiles: 0, bytes: 0 }
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    size.files += 1
    if (entry.name.endsWith('.html')) size.htmlFiles += 1
    size.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return size
}
