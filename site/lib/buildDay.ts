/**
 * The day a build is "as of": stage timelines and 公示 periods are marked
 * against it. HUIBIAN_BUILD_DATE (YYYY-MM-DD) fixes it, for tests and for
 * rebuilding a past state; otherwise it is today in China.
 */
import { chinaDay } from '../../cms/domain'
import { env } from '../../cms/env'

export function buildDay(): string {
  const fixed = env.buildDate()
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`HUIBIAN_BUILD_DATE must be YYYY-MM-DD, got "${fixed}"`)
    return fixed
  }
  return chinaDay(new Date())!
}
