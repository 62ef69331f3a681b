/**
 * The search index's copy of the CMS data, kept on disk between processes as
 * Astro keeps its content store: the first build of a new process (a cold
 * `npm run build` with a kept cache, the warm builder's first edit) then reads
 * from the CMS only the documents saved since, not all of them (28.9 s at
 * 10,000 cases). The loaders' own checks (each entry's updatedAt, the store
 * format, the write-up files) decide what is read again, as in Astro's store.
 */
import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'

import { env } from '../../../cms/env'
import type { CmsMemory } from '../../lib/siteData/readCms'

/** Bump when the file's layout changes. */
const FILE_FORMAT = 1

type MemoryFile = { format: number; database: string; memory: CmsMemory }

const fileOf = (scratchDir: string) => path.join(scratchDir, 'cms-memory.v8')

/** The database the stores were read from: another one's entries are never reused. */
const database = () => env.databaseUrl() ?? 'sqlite:default'

/** Fills `memory` from the file the last process left, if it was read from the same database. */
export function loadCmsMemory(scratchDir: string, memory: CmsMemory): void {
  let saved: MemoryFile
  try {
    saved = v8.deserialize(fs.readFileSync(fileOf(scratchDir))) as MemoryFile
  } catch {
    return // None yet, or unreadable: everything is read from the CMS.
  }
  if (saved.format !== FILE_FORMAT || saved.database !== database()) return
  for (const [name, store] of saved.memory) memory.set(name, store)
}

/** Writes `memory` for the next process (a new file renamed over the old one, so it is never half written). */
export function saveCmsMemory(scratchDir: string, memory: CmsMemory): void {
  const file = fileOf(scratchDir)
  fs.mkdirSync(scratchDir, { recursive: true })
  const partial = `${file}.${process.pid}`
  fs.writeFileSync(partial, v8.serialize({ format: FILE_FORMAT, database: database(), memory } satisfies MemoryFile))
  fs.renameSync(partial, file)
}

/** After a failed read the stores may be half brought up to date: the next process reads everything. */
export const forgetCmsMemory = (scratchDir: string) => fs.rmSync(fileOf(scratchDir), { force: true })
