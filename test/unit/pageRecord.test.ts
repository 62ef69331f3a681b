/** What a built page gives the search index (site/build/searchIndex/pageRecord.ts). */
import { describe, expect, it } from 'vitest'

import { pageRecordOf, sortValuesOf } from '../../site/build/searchIndex/pageRecord'

const page = (sort: string) => `<html><body><main data-pagefind-body>
  <h1 data-pagefind-meta="title">社区网格化治理</h1>
  <p>正文<span data-pagefind-ignore>不进索引</span></p>
  <span hidden data-pagefind-filter="type:社会治理类"></span><span hidden data-pagefind-filter="type:基层党建类"></span>
  ${sort}
</main></body></html>`

describe('a page record', () => {
  it('reads text, filters, meta and sort keys as Pagefind would, and sort keys the same way the shard planner does', () => {
    const html = page('<span hidden data-pagefind-sort="year:2024"></span><span hidden data-pagefind-sort="award: 3 "></span>')
    const record = pageRecordOf(html, '/cases/a/')!
    expect(record.blocks.join('|')).not.toContain('不进索引')
    expect(record.filters).toEqual({ type: ['社会治理类', '基层党建类'] })
    expect(record.meta).toEqual({ title: '社区网格化治理' })
    expect(record.sort).toEqual({ year: '2024', award: '3' })
    expect(sortValuesOf(html)).toEqual(record.sort)
    expect(pageRecordOf('<html><body><p>无</p></body></html>', '/x/')).toBeNull()
  })

  it('refuses a sort key in the element-text form instead of reading it differently', () => {
    expect(() => sortValuesOf(page('<span data-pagefind-sort="year">2024</span>'))).toThrow(/key:value/)
  })
})
