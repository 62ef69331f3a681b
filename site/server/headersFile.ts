import fs from 'node:fs'

export type HeaderRule = { pattern: string; headers: [name: string, value: string][] }

/**
 * Reads a `_headers` file (the format static hosts such as Netlify and
 * Cloudflare Pages use): a path pattern, then its headers indented below it.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] })
      continue
    }
    const colon = line.indexOf(':')
    if (colon > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return rules
}

/** Whether a rule's pattern covers a path: exact, or a prefix ending in `*`. */
export const patternMatches = (pattern: string, pathname: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname)

/** The rules of a site folder's `_headers`, re-read when a rebuild replaces it. */
export function headerRulesOf(file: string): () => HeaderRule[] {
  let cached: { stamp: number; rules: HeaderRule[] } | undefined
  return () => {
    const stamp = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs
    if (stamp === undefined) return []
    if (cached?.stamp !== stamp) cached = { stamp, rules: parseHeadersFile(fs.readFileSync(file, 'utf8')) }
    return cached.rules
  }
}
