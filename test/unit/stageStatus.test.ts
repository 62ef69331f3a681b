import { describe, expect, it } from 'vitest'

import { stageChangeDays, stageStatusesOn } from '../../cms/domain'

// Seed 000's stages as the bundled collection has them.
const fujian2020 = [
  { start: '2020-05-15', end: '2020-07-24' }, // 案例推荐（5月—7月，截止7月24日）
  { start: '2020-05-29', end: '2020-07-10' }, // 福州市内报送（7月10日前）
  { start: '2020-08-01', end: '2020-09-30' }, // 组织评选（8月—9月）
  {}, // 结果公布（no date）
  { start: '2020-10-01' }, // 交流推广（10月起）
]
// Seed 003's: 5月10日, 5月15日, 11月底, then an undated review.
const jinhua2017 = [{ end: '2017-05-10' }, { end: '2017-05-15' }, { end: '2017-11-30' }, {}]

describe('stage timeline', () => {
  it.each([
    ['2020-05-01', ['upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']],
    ['2020-05-15', ['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']],
    // Overlapping stages are both under way.
    ['2020-06-01', ['current', 'current', 'upcoming', 'upcoming', 'upcoming']],
    ['2020-07-11', ['current', 'done', 'upcoming', 'upcoming', 'upcoming']],
    ['2020-07-24', ['current', 'done', 'upcoming', 'upcoming', 'upcoming']],
    ['2020-07-25', ['done', 'done', 'upcoming', 'upcoming', 'upcoming']],
    ['2020-08-15', ['done', 'done', 'current', 'upcoming', 'upcoming']],
    ['2020-09-30', ['done', 'done', 'current', 'upcoming', 'upcoming']],
    ['2020-10-01', ['done', 'done', 'done', 'done', 'current']],
  ])('seed 000 on %s', (day, expected) => {
    expect(stageStatusesOn(fujian2020, day)).toEqual(expected)
  })

  it('reads an undated stage between two dated ones from its neighbours', () => {
    // The day after 评选 ends, 结果公布 is under way until 交流推广 starts.
    expect(stageStatusesOn([{ start: '2020-08-01', end: '2020-09-30' }, {}, { start: '2020-10-15' }], '2020-10-05')).toEqual(['done', 'current', 'upcoming'])
  })

  it('marks stages with only a deadline (seed 003)', () => {
    expect(stageStatusesOn(jinhua2017, '2017-05-01')).toEqual(['current', 'upcoming', 'upcoming', 'upcoming'])
    expect(stageStatusesOn(jinhua2017, '2017-05-12')).toEqual(['done', 'current', 'upcoming', 'upcoming'])
    expect(stageStatusesOn(jinhua2017, '2017-06-01')).toEqual(['done', 'done', 'current', 'upcoming'])
    expect(stageStatusesOn(jinhua2017, '2017-12-05')).toEqual(['done', 'done', 'done', 'current'])
    // Once the results are published the undated review is over.
    expect(stageStatusesOn(jinhua2017, '2017-12-05', true)).toEqual(['done', 'done', 'done', 'done'])
  })

  it('rebuilds on the days a stage starts, or the day after it ends', () => {
    expect(stageChangeDays(jinhua2017)).toEqual(['2017-05-11', '2017-05-16', '2017-12-01'])
    expect(stageChangeDays(fujian2020)).toEqual(['2020-05-15', '2020-05-29', '2020-07-11', '2020-07-25', '2020-08-01', '2020-10-01'])
  })
})
