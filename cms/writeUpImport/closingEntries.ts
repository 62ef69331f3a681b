import type { AdminLevelValue } from '../domain'

/** An entry for the case's 所获荣誉 (cms/fields/honours.ts). */
export type HonourEntry = { text: string; level: AdminLevelValue; year?: number }
/** An entry for the case's 媒体报道 (cms/fields/press.ts). */
export type PressEntry = { outlet: string; title?: string; date?: string }

const honourWords = /批示|荣获|获评|获得|被评为|评为|授予|入选|命名|表彰|列为|推广|肯定/
const pressWords = /报道|刊发|刊登|转载|播出|宣传|推介/
// Outlets named without 《》 in such paragraphs.
const knownOutlets = ['新华社', '人民网', '新华网', '中央电视台', '央视', '学习强国', '中国新闻网', '光明网', '东南网', '福建电视台', '浙江卫视']

/** Whether a last paragraph reads like seed 000's closing one: honours, instructions, coverage. */
export function looksLikeClosing(text: string): boolean {
  return text.length <= 600 && (honourWords.test(text) || pressWords.test(text))
}

/**
 * The honours and press coverage a closing paragraph lists, one entry per
 * clause. `complete` is false when some sentence names neither, and then
 * the paragraph should stay in the text rather than become entries.
 */
export function closingEntries(paragraphs: string[]): { honours: HonourEntry[]; press: PressEntry[]; complete: boolean } {
  const honours: HonourEntry[] = []
  const press: PressEntry[] = []
  let complete = true
  for (const sentence of paragraphs
    .flatMap((p) => p.split(/[。；;]/u))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const clauses = groupClauses(splitOutsideQuotes(sentence))
    if (!clauses.length) {
      complete = false
      continue
    }
    for (const clause of clauses) {
      if (pressWords.test(clause)) press.push(pressEntry(clause))
      else honours.push(honourEntry(clause))
    }
  }
  return { honours, press, complete }
}

/** Splits at ， and 、 that are not inside “…” or 《…》. */
function splitOutsideQuotes(sentence: string): string[] {
  const parts: string[] = []
  let depth = 0
  let part = ''
  for (const ch of sentence) {
    if (ch === '“' || ch === '《' || ch === '「') depth += 1
    if ((ch === '”' || ch === '》' || ch === '」') && depth > 0) depth -= 1
    if (depth === 0 && (ch === '，' || ch === ',')) {
      parts.push(part)
      part = ''
    } else part += ch
  }
  parts.push(part)
  return parts.map((p) => p.trim()).filter(Boolean)
}

/** A clause that names no honour or coverage (「2022年」) joins the one after it, or the one before. */
function groupClauses(clauses: string[]): string[] {
  const groups: string[] = []
  let carry = ''
  for (const clause of clauses) {
    const text = carry ? `${carry}，${clause}` : clause
    if (honourWords.test(clause) || pressWords.test(clause)) {
      groups.push(text)
      carry = ''
    } else carry = text
  }
  if (carry) {
    if (!groups.length) return []
    groups[groups.length - 1] += `，${carry}`
  }
  return groups
}

const subject = /^(该|这一|此项|相关|本)(做法|案例|项目|经验|工作|品牌|举措|成果)(还|先后|已|并|曾)?/

function honourEntry(clause: string): HonourEntry {
  // 「被评为全省……优秀案例」 names the honour 「全省……优秀案例」; 获得……批示 and 入选…… read as they are.
  const text = clause
    .replace(subject, '')
    .replace(/^(还|先后|并|已|曾)/, '')
    .replace(/^(被评为|被授予|获评为?|荣获|评为|授予)/, '')
    .trim()
    .slice(0, 200)
  const year = /((?:19|20)\d{2})\s*年/.exec(clause)?.[1]
  return { text, level: levelOf(clause), ...(year ? { year: Number(year) } : {}) }
}

function pressEntry(clause: string): PressEntry {
  const names = [...clause.matchAll(/《([^》]{1,60})》/gu)].map((m) => m[1]!)
  const known = knownOutlets.find((o) => clause.includes(o))
  const outletIsBook = names[0] && /(报|刊|杂志|网|电视台|频道|新闻|内参|卫视|之声)$/.test(names[0])
  const outlet = (outletIsBook ? names[0]! : (known ?? names[0] ?? '媒体')).slice(0, 80)
  const titled = /以《([^》]{1,180})》为题/.exec(clause)?.[1]
  const title = (titled ?? (outletIsBook && names[1] ? names[1] : undefined) ?? clause.replace(subject, '')).slice(0, 200)
  const date = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(clause)
  return {
    outlet,
    title,
    ...(date ? { date: `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` } : {}),
  }
}

/** 国家级 for national bodies and leaders, then 省级, 市级, 县级 by the body named; 其他 otherwise. */
function levelOf(clause: string): AdminLevelValue {
  if (/全国|国家|中央|国务院|中组部|中宣部|中共中央/.test(clause)) return 'national'
  if (/省/.test(clause)) return 'provincial'
  if (/市/.test(clause)) return 'city'
  if (/县|区委|区政府/.test(clause)) return 'county'
  return 'other'
}
