import { describe, expect, it } from 'vitest'

import { awardTally, quotaRoundingOf, schemeTiers } from '../../cms/domain'
import { defaultAwardTiers } from '../../cms/domain/defaultVocabulary'

describe('awardTally', () => {
  const scheme = [
    { tier: 'third', share: 15 },
    { tier: 'first', share: 5 },
    { tier: 'second', share: 10 },
  ]
  it('orders tiers by the rank of 词表 › 奖项等次, or keeps the scheme order without one', () => {
    const reversed = [...defaultAwardTiers].reverse().map((t, i) => ({ ...t, rank: i + 1 }))
    expect(awardTally([], scheme, 'round', reversed).map((t) => t.tier)).toEqual(['third', 'second', 'first'])
    expect(awardTally([], scheme).map((t) => t.tier)).toEqual(['third', 'first', 'second'])
  })
  it('allows each tier its share of all entries, highest tier first', () => {
    const tiers = [...Array(20).fill(null)]
    tiers[0] = 'first'
    tiers[1] = 'second'
    tiers[2] = 'second'
    const tally = awardTally(tiers, scheme, 'round', defaultAwardTiers)
    expect(tally.map((t) => [t.tier, t.count, t.allowed, t.exceeded])).toEqual([
      ['first', 1, 1, false],
      ['second', 2, 2, false],
      ['third', 0, 3, false],
    ])
  })
  it('warns when a tier passes its share', () => {
    const tiers = ['first', 'first', ...Array(18).fill(null)]
    expect(awardTally(tiers, scheme, 'round', defaultAwardTiers)[0]).toMatchObject({ tier: 'first', count: 2, allowed: 1, exceeded: true })
  })
  it('counts fixed numbers such as 十佳', () => {
    const tiers = Array(11).fill('top-ten')
    expect(awardTally(tiers, [{ tier: 'top-ten', count: 10 }])[0]).toMatchObject({ allowed: 10, exceeded: true, describeLimit: '10 个' })
  })
})

describe('quota rounding', () => {
  const first = [{ tier: 'first', share: 5 }]
  const entries = (n: number, awarded = 0) => [...Array(awarded).fill('first'), ...Array(n - awarded).fill(null)]

  it('rounds half up by default and says how: 17 × 5% = 0.85 gives one 一等奖', () => {
    const [t] = awardTally(entries(17, 1), first)
    expect(t).toMatchObject({ allowed: 1, exceeded: false, describeLimit: '17 × 5% = 0.85，四舍五入为 1 个' })
    expect(awardTally(entries(17, 2), first)[0]).toMatchObject({ allowed: 1, exceeded: true })
  })

  it('rounds down or up when the campaign says so', () => {
    expect(awardTally(entries(17, 1), first, 'floor')[0]).toMatchObject({ allowed: 0, exceeded: true, describeLimit: '17 × 5% = 0.85，向下取整为 0 个' })
    expect(awardTally(entries(21), first, 'ceil')[0]).toMatchObject({ allowed: 2, describeLimit: '21 × 5% = 1.05，向上取整为 2 个' })
    expect(awardTally(entries(21), first, 'round')[0]).toMatchObject({ allowed: 1 })
  })

  it('rounds exact halves up and leaves whole shares alone', () => {
    expect(awardTally(entries(10), first)[0]).toMatchObject({ allowed: 1, describeLimit: '10 × 5% = 0.5，四舍五入为 1 个' })
    expect(awardTally(entries(30), [{ tier: 'third', share: 15 }])[0]).toMatchObject({ allowed: 5, describeLimit: '30 × 15% = 4.5，四舍五入为 5 个' })
    expect(awardTally(entries(20), first)[0]).toMatchObject({ allowed: 1, describeLimit: '20 × 5% = 1 个' })
  })

  it('takes the smaller of a share and a fixed cap', () => {
    expect(awardTally(entries(300), [{ tier: 'first', share: 5, count: 10 }])[0]).toMatchObject({
      allowed: 10,
      describeLimit: '300 × 5% = 15 个，且不超过 10 个',
    })
  })

  it('reads an unset rounding as 四舍五入, and offers 参评 beside a scheme', () => {
    expect(quotaRoundingOf(null)).toBe('round')
    expect(quotaRoundingOf('floor')).toBe('floor')
    expect(schemeTiers([{ tier: 'first' }, { tier: 'second' }])).toEqual(['first', 'second', 'entered'])
    expect(schemeTiers([])).toBeNull()
  })
})
