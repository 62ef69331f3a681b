import { describe, expect, it } from 'vitest'

import { awardTally } from '../../cms/domain'

describe('awardTally', () => {
  const scheme = [
    { tier: 'third', share: 15 },
    { tier: 'first', share: 5 },
    { tier: 'second', share: 10 },
  ]
  it('allows each tier its share of all entries, highest tier first', () => {
    const tiers = [...Array(20).fill(null)]
    tiers[0] = 'first'
    tiers[1] = 'second'
    tiers[2] = 'second'
    const tally = awardTally(tiers, scheme)
    expect(tally.map((t) => [t.tier, t.count, t.allowed, t.exceeded])).toEqual([
      ['first', 1, 1, false],
      ['second', 2, 2, false],
      ['third', 0, 3, false],
    ])
  })
  it('warns when a tier passes its share', () => {
    const tiers = ['first', 'first', ...Array(18).fill(null)]
    expect(awardTally(tiers, scheme)[0]).toMatchObject({ tier: 'first', count: 2, allowed: 1, exceeded: true })
  })
  it('counts fixed numbers such as 十佳', () => {
    const tiers = Array(11).fill('top-ten')
    expect(awardTally(tiers, [{ tier: 'top-ten', count: 10 }])[0]).toMatchObject({ allowed: 10, exceeded: true, describeLimit: '10 个' })
  })
})
