import { describe, expect, it } from 'vitest'

import { countChars } from '../../cms/domain'

describe('countChars (字数 as a Chinese reviewer counts)', () => {
  it.each([
    ['机关党建', 4],
    ['机关党建，创新案例。', 10],
    ['福州市12345热线', 6],
    ['3.0版本', 3],
    ['Party building 党建', 4],
    ['  空格 不计  ', 4],
    ['零宽\u200b字符', 4],
    ['', 0],
  ])('%j counts %i', (text, expected) => {
    expect(countChars(text)).toBe(expected)
  })
})
