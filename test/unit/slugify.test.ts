import { describe, expect, it } from 'vitest'

import { normalizeSlug, slugify } from '../../cms/utilities/slugify'
import { normalizeText } from '../../cms/utilities/normalizeText'

describe('slugify', () => {
  it('joins the syllables of each word and hyphenates words', () => {
    expect(slugify('建立网格基层治理体系')).toBe('jianli-wangge-jiceng-zhili-tixi')
    expect(slugify('深化“138”工作机制3.0版本')).toBe('shenhua-138-gongzuo-jizhi-3-0-banben')
  })

  it('gives full- and half-width forms the same slug', () => {
    expect(slugify('党建＋双拥（２０２４）')).toBe(slugify('党建+双拥(2024)'))
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('建立完善把机关基层党组织日常教育管理抓在纪律处分前面的工作机制')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).not.toMatch(/-$/)
    expect(slug.startsWith('jianli-wanshan-ba-jiguan')).toBe(true)
  })

  it('cleans what an editor types into the slug field', () => {
    expect(normalizeSlug('  My Case / 2024 ')).toBe('my-case-2024')
    expect(normalizeSlug('双拥')).toBe('shuangyong')
    expect(normalizeSlug('../../etc/passwd')).toBe('etc-passwd')
  })
})

describe('normalizeText', () => {
  it('folds full-width letters and digits but keeps Chinese punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３，机关。')).toBe('ABC123，机关。')
  })
  it('strips zero-width and control characters and collapses spaces', () => {
    expect(normalizeText('机\u200b关\u0007  党建\u202e')).toBe('机关 党建')
  })
})
