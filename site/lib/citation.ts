/**
 * A reference to an online document in GB/T 7714-2015 style:
 *   主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * At most three authors are named, then “等”.
 */
export type CitationInput = {
  authors: string[]
  title: string
  /** YYYY-MM-DD, when the document was last changed. */
  updatedOn?: string
  /**
   * YYYY-MM-DD, when it was cited. A page leaves it out: a build date would be
   * stale tomorrow and would make every page change daily; the reader writes
   * their own date in place of 引用日期.
   */
  citedOn?: string
  url: string
}

export function gbt7714(input: CitationInput): string {
  const authors = input.authors.filter(Boolean)
  const names = authors.length > 3 ? [...authors.slice(0, 3), '等'] : authors
  const who = names.length ? `${names.join(', ')}. ` : ''
  const dates = `${input.updatedOn ? `(${input.updatedOn})` : ''}[${input.citedOn ?? '引用日期'}]`
  return `${who}${input.title}[EB/OL]. ${dates}. ${input.url}.`
}
