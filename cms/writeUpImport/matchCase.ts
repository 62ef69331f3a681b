import path from 'node:path'

type Id = number | string
export type CaseTitle = { id: Id; title: string }

export type CaseMatch = { case: CaseTitle; by: 'title' | 'fileName' } | { case?: undefined; candidates: CaseTitle[] }

// Spaces, quotes, brackets and punctuation differ between a 汇总表 and a Word title.
const comparable = (text: string) => text.normalize('NFKC').replace(/[\s"'“”‘’《》〈〉「」『』【】()（）[\]:：,，.。、·•\-—_~～!！?？;；]/gu, '')

/** A file name without folder, extension, a leading 序号 (01-, 3.) or a trailing 情况介绍. */
export function nameOfFile(fileName: string): string {
  return path
    .basename(fileName.replace(/\\/g, '/'))
    .replace(/\.(docx|docm|doc)$/i, '')
    .replace(/^\s*(?:[（(]\d{1,3}[）)]|\d{1,3}\s*[-_.、．\s])\s*/, '')
    .replace(/(优秀案例)?(具体)?情况介绍$|附件\s*3$/u, '')
}

/**
 * The case a write-up belongs to, by 案例名称: the document's title first, then
 * the file's name; equal after dropping spaces and punctuation, or else one
 * containing the other (for names such as 「某某局-案例名称.docx」). More than
 * one such case is no match: the candidates are returned and none is picked.
 */
export function matchCase(cases: CaseTitle[], title: string | undefined, fileName: string): CaseMatch {
  const names: [string, 'title' | 'fileName'][] = [
    [title ?? '', 'title'],
    [nameOfFile(fileName), 'fileName'],
  ]
  const keyed = cases.map((c) => ({ c, key: comparable(c.title) })).filter((x) => x.key)
  let candidates: CaseTitle[] = []
  for (const [name, by] of names) {
    const key = comparable(name)
    if (!key) continue
    const exact = keyed.filter((x) => x.key === key)
    if (exact.length === 1) return { case: exact[0]!.c, by }
    if (exact.length > 1) return { candidates: exact.map((x) => x.c) }
  }
  for (const [name, by] of names) {
    const key = comparable(name)
    if (key.length < 4) continue
    const within = keyed.filter((x) => x.key.length >= 4 && (key.includes(x.key) || x.key.includes(key)))
    if (within.length === 1) return { case: within[0]!.c, by }
    if (within.length > 1 && !candidates.length) candidates = within.map((x) => x.c)
  }
  return { candidates }
}
