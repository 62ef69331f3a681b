import { describe, expect, it } from 'vitest'

import { HolidayDataError, holidaySource, holidayYears, isWorkingDay, workingDaysEnd } from '../../cms/domain/workingDays'

describe('公示期 in working days', () => {
  it('skips 国庆 and counts the 调休 Saturday (2025: 1–8 October off, Saturday 11 October a working day)', () => {
    expect(isWorkingDay('2025-10-11')).toBe(true)
    expect(isWorkingDay('2025-10-06')).toBe(false)
    // Mon 29, Tue 30 September, then Thu 9, Fri 10 and the make-up Saturday 11 October.
    expect(workingDaysEnd('2025-09-29', 5)).toBe('2025-10-11')
    // Sunday 28 September 2025 is also a make-up working day: it is day 1.
    expect(workingDaysEnd('2025-09-28', 5)).toBe('2025-10-10')
  })

  it('counts from the next working day when the start is a holiday or weekend', () => {
    expect(workingDaysEnd('2025-10-01', 1)).toBe('2025-10-09')
    // Seed 004's year: 5 working days from Monday 16 November 2015.
    expect(workingDaysEnd('2015-11-16', 5)).toBe('2015-11-20')
    expect(workingDaysEnd('2015-11-14', 5)).toBe('2015-11-20')
  })

  it('covers every year the bundled campaigns use, and names its data', () => {
    expect(holidayYears.first).toBeLessThanOrEqual(2015)
    expect(holidayYears.last).toBeGreaterThanOrEqual(2026)
    expect(holidaySource).toMatch(/^chinese-days \d+\.\d+\.\d+（.*覆盖 \d{4}—\d{4} 年）$/)
  })

  it('refuses, in Chinese, a period past the data instead of guessing', () => {
    expect(() => workingDaysEnd(`${holidayYears.last + 1}-01-04`, 5)).toThrow(HolidayDataError)
    expect(() => workingDaysEnd(`${holidayYears.last + 1}-01-04`, 5)).toThrow(/节假日数据.*不含 \d{4} 年/)
    // A period that starts inside the data but runs past its last day is refused too.
    expect(() => workingDaysEnd(`${holidayYears.last}-12-28`, 10)).toThrow(HolidayDataError)
  })
})
