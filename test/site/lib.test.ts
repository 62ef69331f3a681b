/** The site's pure helpers: rich text, citations, CSV safety, 汇编 numbering. */
import { describe, expect, it } from 'vitest'

import type { Case } from '../../cms/payload-types'
import { gbt7714 } from '../../site/lib/citation'
import { huibianGroups, huibianTitle } from '../../site/lib/huibian'
import { neutralizeFormula } from '../../cms/utilities/spreadsheetCell'
import { richTextToHtml } from '../../site/lib/richText'
import { caseUrl } from '../../cms/domain/urls'
import { defaultVocabulary } from '../../cms/domain/defaultVocabulary'

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })
const link = (fields: Record<string, unknown>, label: string) => ({ type: 'link', fields, children: [text(label)], version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children, version: 1 }], version: 1 } })

describe('rich text', () => {
  const internalHref = ({ relationTo, value }: { relationTo: string; value: unknown }) =>
    relationTo === 'cases' && value === 7 ? caseUrl('wangge') : undefined

  it('links documents of the CMS to their pages on the site', () => {
    const html = richTextToHtml(doc(link({ linkType: 'internal', doc: { relationTo: 'cases', value: 7 } }, '网格')), internalHref)
    expect(html).toBe('<p><a href="/cases/wangge/">网格</a></p>')
  })

  it('keeps only web and mail links, and never passes the referrer on', () => {
    const html = richTextToHtml(
      doc(
        link({ linkType: 'custom', url: 'https://www.gov.cn/' }, '政府网'),
        link({ linkType: 'custom', url: 'javascript:alert(1)' }, '危险'),
        link({ linkType: 'custom', url: 'mailto:a@example.org' }, '邮件'),
        link({ linkType: 'internal', doc: { relationTo: 'cases', value: 99 } }, '未发布'),
      ),
      internalHref,
    )
    expect(html).toBe(
      '<p><a href="https://www.gov.cn/" rel="noopener noreferrer">政府网</a>危险<a href="mailto:a@example.org" rel="noopener noreferrer">邮件</a>未发布</p>',
    )
  })

  it('escapes text rather than passing HTML through', () => {
    expect(richTextToHtml(doc(text('<script>x</script>')), internalHref)).toBe('<p>&lt;script&gt;x&lt;/script&gt;</p>')
    expect(richTextToHtml(null, internalHref)).toBe('')
  })

  it('renders tables (from Word imports) without inline styles, header cells and spans kept', () => {
    const cell = (t: string, extra: Record<string, unknown> = {}) => ({
      type: 'tablecell',
      headerState: 0,
      colSpan: 1,
      rowSpan: 1,
      backgroundColor: 'red; background-image: url(x)',
      ...extra,
      children: [{ type: 'paragraph', children: [text(t)], version: 1 }],
      version: 1,
    })
    const table = {
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'table',
            version: 1,
            children: [
              { type: 'tablerow', version: 1, children: [cell('指标', { headerState: 1 }), cell('改革后', { headerState: 1 })] },
              { type: 'tablerow', version: 1, children: [cell('办理时限'), cell('3个工作日', { colSpan: 2 })] },
            ],
          },
        ],
      },
    }
    expect(richTextToHtml(table, internalHref)).toBe(
      '<div class="table-wrap" tabindex="0"><table><tbody><tr><th><p>指标</p></th><th><p>改革后</p></th></tr><tr><td><p>办理时限</p></td><td colspan="2"><p>3个工作日</p></td></tr></tbody></table></div>',
    )
  })
})

describe('GB/T 7714 citation', () => {
  it('names at most three authors, then 等', () => {
    expect(
      gbt7714({
        authors: ['甲单位', '乙单位', '丙单位', '丁单位'],
        title: '题名',
        updatedOn: '2024-05-01',
        citedOn: '2026-01-02',
        url: 'https://h.example/cases/a/',
      }),
    ).toBe('甲单位, 乙单位, 丙单位, 等. 题名[EB/OL]. (2024-05-01)[2026-01-02]. https://h.example/cases/a/.')
  })
  it('leaves the date of citing to the reader when it is not given (a page never bakes in its build date)', () => {
    expect(gbt7714({ authors: ['甲单位'], title: '题名', updatedOn: '2024-05-01', url: 'https://h.example/cases/a/' })).toBe(
      '甲单位. 题名[EB/OL]. (2024-05-01)[引用日期]. https://h.example/cases/a/.',
    )
  })
})

describe('CSV cells', () => {
  it('turns would-be formulas into text and leaves the rest alone', () => {
    expect(['=1+1', '+86', '-5', '@SUM(A1)', '\tx', '福州市'].map(neutralizeFormula)).toEqual(["'=1+1", "'+86", "'-5", "'@SUM(A1)", "'\tx", '福州市'])
  })
})

describe('汇编 table of contents', () => {
  const kase = (id: number, awardTier: Case['awardTier'], caseType: Case['caseType']) => ({ id, title: `案例${id}`, awardTier, caseType }) as Case

  it('numbers the cases in reading order across groups of award tier and type', () => {
    const groups = huibianGroups(
      [kase(1, 'first', 'jiguan-dangjian'), kase(2, 'first', 'fei-jiguan-dangjian'), kase(3, 'second', 'fei-jiguan-dangjian')],
      (c) => c.title,
      defaultVocabulary,
    )
    expect(groups.map((g) => [g.heading, g.entries.map((e) => e.number)])).toEqual([
      ['一等奖 · 机关党建类', [1]],
      ['一等奖 · 非机关党建类', [2]],
      ['二等奖 · 非机关党建类', [3]],
    ])
  })

  it('titles a 汇编 by its compilation title without book-title marks', () => {
    expect(huibianTitle({ compilationTitle: '《2020年体制机制创新优秀案例汇编》', name: 'x' })).toBe('2020年体制机制创新优秀案例汇编')
    expect(huibianTitle({ shortName: '机关党建示范点', name: 'x' })).toBe('机关党建示范点汇编')
  })
})
