/**
 * The write-up sections of cases, kept beside Astro's content store instead
 * of in it. Astro compiles its whole store into the build's server bundle as
 * JavaScript; at 10,000 cases the sections were 85% of it (132 MB), which cost
 * 8 s of bundling and 9 s of compiling on every build, an edit's included. The
 * loader writes each case's sections to a file named by the case and its
 * version; a page reads the file when it renders.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Case } from '../../cms/payload-types'

/** The entry field that names the file (an absolute path). */
export const writeUpFileField = 'writeUpFile'

type Sections = Case['sections']

/** Writes a case's sections and returns the file's path. */
export function saveWriteUp(dir: string, id: string, version: string, sections: Sections): string {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${id}-${createHash('sha1').update(version).digest('hex').slice(0, 12)}.json`)
  fs.writeFileSync(file, JSON.stringify(sections ?? null))
  return file
}

/** Removes the files of versions no entry refers to any more. */
export function pruneWriteUps(dir: string, inUse: Set<string>): void {
  if (!fs.existsSync(dir)) return
  for (const name of fs.readdirSync(dir)) if (!inUse.has(path.join(dir, name))) fs.rmSync(path.join(dir, name), { force: true })
}

/** The case with its sections, read from their file when the store holds them there. */
export function withWriteUp(kase: Case): Case {
  const file = (kase as Case & { [writeUpFileField]?: string })[writeUpFileField]
  if (kase.sections || !file) return kase
  return { ...kase, sections: JSON.parse(fs.readFileSync(file, 'utf8')) as Sections }
}
