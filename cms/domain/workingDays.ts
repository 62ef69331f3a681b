/**
 * 工作日: China's working days, for a 公示期 of "N 个工作日" (seed 004).
 * Weekends and statutory holidays are skipped and 调休 make-up days count as
 * working days, from the maintained `chinese-days` data (State Council notices).
 * Dates are calendar days in China, written YYYY-MM-DD. Server-only (the
 * admin's client bundle need not carry the holiday data): import this file
 * directly, not through cms/domain/index.ts.
 */
import chineseDays from 'chinese-days'
import packageJson from 'chinese-days/package.json' with { type: 'json' }

const { getDayDetail, getHolidaysInRange } = chineseDays

/**
 * The years the holiday data has the State Council's arrangements for: a year
 * without data has no weekday holiday at all (every year has 元旦 and 国庆).
 */
export const holidayYears: { first: number; last: number } = (() => {
  const covered = (year: number) => getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
  const now = new Date().getFullYear()
  let last = now + 1
  while (last > 1990 && !covered(last)) last -= 1
  let first = last
  while (first > 1990 && covered(first - 1)) first -= 1
  return { first, last }
})()

/** What the admin shows as the source of a computed period. */
export const holidaySource = `chinese-days ${packageJson.version}（国务院办公厅节假日安排，覆盖 ${holidayYears.first}—${holidayYears.last} 年）`

export class HolidayDataError extends Error {}

const isoDay = /^\d{4}-\d{2}-\d{2}$/

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

function checkCovered(day: string) {
  const year = Number(day.slice(0, 4))
  if (year < holidayYears.first || year > holidayYears.last) {
    throw new HolidayDataError(`节假日数据（${holidaySource}）不含 ${year} 年，无法按工作日推算；请更新 chinese-days 后再保存。`)
  }
}

export function isWorkingDay(day: string): boolean {
  checkCovered(day)
  return getDayDetail(day).work
}

/**
 * The last day of a period of `workingDays` 工作日 that starts on `start`:
 * the start counts when it is a working day, otherwise counting begins on the
 * next working day. Throws HolidayDataError past the data's last year.
 */
export function workingDaysEnd(start: string, workingDays: number): string {
  if (!isoDay.test(start)) throw new Error(`Not a YYYY-MM-DD date: ${start}`)
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new Error(`Working days must be a positive integer, got ${workingDays}`)
  let day = start
  let counted = 0
  for (;;) {
    if (isWorkingDay(day)) counted += 1
    if (counted === workingDays) return day
    day = nextDay(day)
  }
}
