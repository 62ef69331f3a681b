/** The line above the results that says what they are (the page's status line, read out by screen readers). */
import { selectedCount, sortLabels, type SearchState, type SortOrder } from './state'

export function searchSummary(found: { count: number; terms: readonly string[]; sort: SortOrder }, state: SearchState): string {
  const n = found.count
  const order = `按${sortLabels[found.sort].name}排列`
  if (!found.terms.length) return n ? `共 ${n} 条，${order}。` : '没有符合筛选条件的条目。'
  const terms = found.terms.map((t) => `“${t}”`).join('')
  if (n) return `找到 ${n} 条包含${terms}的结果，${order}。`
  return selectedCount(state) ? `在所选范围内没有包含${terms}的结果。` : `没有找到包含${terms}的结果。`
}
