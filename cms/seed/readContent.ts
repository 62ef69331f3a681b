import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

/** One document of content/: its file, its parsed front matter and its Markdown body. */
export type ContentEntry = {
  file: string
  slug: string
  data: Record<string, unknown>
  body: string
  /** Changes whenever the file does; stored on the document as `seedHash`. */
  hash: string
}

export type ContentCollection = 'units' | 'campaigns' | 'brands' | 'cases' | 'features'

export type Content = Record<ContentCollection, ContentEntry[]>

/** Bump when the mapping from files to documents changes, so the next seed re-applies every file. */
const SEED_FORMAT = 1

const folders: Record<ContentCollection, string> = {
  units: 'units',
  campaigns: 'campaigns',
  brands: 'brands',
  cases: 'cases',
  features: 'features',
}

export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`)
    this.name = 'ContentError'
  }
}

export function readContent(contentDir: string): Content {
  const content = {} as Content
  for (const [collection, folder] of Object.entries(folders) as [ContentCollection, string][]) {
    const dir = path.join(contentDir, folder)
    const files = fs.existsSync(dir) ? listFiles(dir) : []
    content[collection] = files.map((file) => readEntry(contentDir, file))
    const seen = new Map<string, string>()
    for (const entry of content[collection]) {
      const other = seen.get(entry.slug)
      if (other) throw new ContentError(entry.file, `slug "${entry.slug}" is also used by ${other}`)
      seen.set(entry.slug, entry.file)
    }
  }
  return content
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(ya?ml|md)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort()
}

function readEntry(contentDir: string, absolute: string): ContentEntry {
  const file = path.relative(contentDir, absolute)
  const raw = fs.readFileSync(absolute, 'utf8')
  let data: unknown
  let body = ''
  try {
    if (absolute.endsWith('.md')) {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw)
      if (!match) throw new Error('a Markdown file must start with YAML front matter between --- lines')
      data = parseYaml(match[1]!)
      body = match[2]!.trim()
    } else {
      data = parseYaml(raw)
    }
  } catch (error) {
    throw new ContentError(file, (error as Error).message)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ContentError(file, 'expected a YAML mapping')
  const record = data as Record<string, unknown>
  if (typeof record.slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(record.slug)) {
    throw new ContentError(file, 'needs a `slug` of lowercase letters, digits and hyphens')
  }
  const hash = createHash('sha256').update(`${SEED_FORMAT}\n${raw}`).digest('hex').slice(0, 32)
  return { file, slug: record.slug, data: record, body, hash }
}
