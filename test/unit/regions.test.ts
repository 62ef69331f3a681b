import { describe, expect, it } from 'vitest'

import { isWithinRegion, normalizeRegion, usedSections, writeUpGaps, plainTextToLexical } from '../../cms/domain'

describe('regions', () => {
  it('puts cities and counties inside their province, and nothing inside a stranger', () => {
    expect(isWithinRegion('福州市', '福建省')).toBe(true)
    expect(isWithinRegion('闽清县', '福建省')).toBe(true)
    expect(isWithinRegion('闽清县', '福州市')).toBe(true)
    expect(isWithinRegion('金华市', '福建省')).toBe(false)
    expect(isWithinRegion('福州市', '金华市')).toBe(false)
    expect(isWithinRegion('福建省', '福州市')).toBe(false)
  })
  it('reads 福建 as 福建省, and an unknown place only as itself', () => {
    expect(normalizeRegion(' 福建 ')).toBe('福建省')
    expect(isWithinRegion('福州', '福建')).toBe(true)
    expect(isWithinRegion('某某县', '福建省')).toBe(false)
    expect(isWithinRegion('某某县', '某某县')).toBe(true)
    expect(isWithinRegion('', '福建省')).toBe(false)
  })
})

describe('sections a campaign uses', () => {
  it('are those its rules list, or all five', () => {
    expect(usedSections({ sections: [{ section: 'practice' }, { section: 'background' }] })).toEqual(['background', 'practice'])
    expect(usedSections(null)).toHaveLength(5)
  })
  it('name what a half-written case lacks', () => {
    const rules = {
      sections: [
        { section: 'background' as const, max: 350 },
        { section: 'practice' as const, max: 1000 },
      ],
      abstractMin: 200,
      abstractMax: 300,
    }
    expect(writeUpGaps({ abstract: '短', sections: { background: plainTextToLexical('背景') } }, rules)).toEqual([
      '「具体做法」尚未填写',
      '摘要 1 字，少于 200 字',
    ])
    expect(writeUpGaps({ abstract: '', sections: {} }, null)[1]).toBe('摘要尚未填写')
  })
})
