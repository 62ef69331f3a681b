/** Calendar days in China (Asia/Shanghai), written YYYY-MM-DD: the unit of every period and stage. */

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The day in China of a stored date (Payload keeps day-only dates at 12:00 UTC; seeds at 00:00 UTC). */
export function chinaDay(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? undefined : formatter.format(date)
}

/** A day as Payload stores a day-only date picked in the admin. */
export const storedDay = (day: string) => `${day}T12:00:00.000Z`
