/**
 * A description at most `max` characters long, cut after the last full
 * sentence that fits (。！？；), else at the limit with an ellipsis: a
 * shared link never ends mid-list.
 */
export function cutAtSentence(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const head = clean.slice(0, max)
  const end = Math.max(...['。', '！', '？', '；'].map((mark) => head.lastIndexOf(mark)))
  return end >= max / 3 ? head.slice(0, end + 1) : `${head.slice(0, max - 1)}…`
}
