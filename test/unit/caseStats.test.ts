import { describe, expect, it } from 'vitest'

import { caseStats, countBy, unspecifiedLabel, valuesOf } from '../../site/lib/stats/caseStats'
import { statsCsv } from '../../site/lib/stats/statsCsv'

const rows = [
  { year: 2024, campaign: '乙活动', region: '福州市', awardTier: '二等奖', awardRank: 2, caseType: '制度机制类', field: '' },
  { year: 2017, campaign: '甲活动', region: '福州市', awardTier: '一等奖', awardRank: 1, caseType: '制度机制类', field: '' },
  { year: 2024, campaign: '乙活动', region: '厦门市', awardTier: '', awardRank: null, caseType: '', field: '' },
  { year: 2021, campaign: '丙活动', region: '厦门市', awardTier: '一等奖', awardRank: 1, caseType: '党建+活动类', field: '' },
]

describe('统计 counts', () => {
  it('orders years in time, campaigns by year, award tiers by rank, the rest by count; 未填写 last', () => {
    expect(countBy({ column: 'year', order: 'year' }, rows).map((c) => c.label)).toEqual(['2017', '2021', '2024'])
    expect(countBy({ column: 'campaign', order: 'year' }, rows).map((c) => c.label)).toEqual(['甲活动', '丙活动', '乙活动'])
    expect(countBy({ column: 'awardTier', order: 'rank' }, rows)).toEqual([
      { label: '一等奖', count: 2 },
      { label: '二等奖', count: 1 },
      { label: unspecifiedLabel, count: 1 },
    ])
    expect(countBy({ column: 'caseType', order: 'count' }, rows).map((c) => c.label)).toEqual(['制度机制类', '党建+活动类', unspecifiedLabel])
  })

  it('orders a ranked dimension by its ranking, widest first', () => {
    const scoped = [{ adoptionLevel: '全市' }, { adoptionLevel: '全国' }, { adoptionLevel: '全市' }, { adoptionLevel: '' }]
    expect(countBy({ column: 'adoptionLevel', order: 'rank', ranking: ['全国', '全省', '全市'] }, scoped).map((c) => c.label)).toEqual([
      '全国',
      '全市',
      unspecifiedLabel,
    ])
  })

  it('counts a list cell once per distinct item, an empty one as 未填写', () => {
    expect(valuesOf(['全省', '全省', '全国'])).toEqual(['全省', '全国'])
    expect(valuesOf([])).toEqual([unspecifiedLabel])
    expect(valuesOf(null)).toEqual([unspecifiedLabel])
  })

  it('leaves out what nobody filled in, and what one campaign cannot vary', () => {
    expect(caseStats(rows, 'overall').map((t) => t.column)).toEqual(['year', 'campaign', 'region', 'caseType', 'awardTier'])
    expect(caseStats(rows, 'campaign').map((t) => t.column)).toEqual(['region', 'caseType', 'awardTier'])
    for (const table of caseStats(rows, 'overall')) expect(table.counts.reduce((n, c) => n + c.count, 0)).toBe(rows.length)
  })

  it('writes the tables as CSV with a total per table', () => {
    const csv = statsCsv(caseStats(rows, 'campaign'))
    expect(csv.startsWith('\uFEFF统计项,取值,条目数\r\n')).toBe(true)
    expect(csv).toContain('地区,福州市,2\r\n地区,厦门市,2\r\n地区,合计,4\r\n')
  })
})
