import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { chinaDay, storedDay } from '../../../domain'
import { HolidayDataError, holidaySource, workingDaysEnd } from '../../../domain/workingDays'

/**
 * The 公示期 ends after its number of 工作日, counted from its start day over
 * China's working calendar; the end and the holiday data used are stored with
 * the notice, so the published page shows exactly what the editor saw.
 */
export const computePeriod: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
  const start = chinaDay(merged.periodStart as string | undefined)
  const days = merged.workingDays as number | null | undefined
  if (!start || !days) return data
  try {
    data.periodEnd = storedDay(workingDaysEnd(start, days))
    data.holidayData = holidaySource
  } catch (error) {
    if (!(error instanceof HolidayDataError)) throw error
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'periodStart', message: error.message }], req })
  }
  return data
}
