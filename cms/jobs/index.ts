import type { JobsConfig } from 'payload'

import { env } from '../env'
import { rebuildOnStageDaysTask } from './rebuildOnStageDays'

/**
 * Scheduled work: Payload's scheduled publishing (schedulePublish, added by
 * collections with versions.drafts.schedulePublish) and the calendar rebuild.
 * - `npm start` gives its admin HUIBIAN_JOBS_AUTORUN=1: that process runs the
 *   queue every few seconds (HUIBIAN_JOBS_CRON, a six-field cron with seconds).
 * - Hosted (serverless, several instances): HUIBIAN_JOBS_AUTORUN=0, and a cron calls
 *   GET /api/payload-jobs/run with `Authorization: Bearer $CRON_SECRET`.
 * Scripts, tests and site builds open Payload without running jobs.
 */
export const jobs: JobsConfig = {
  tasks: [rebuildOnStageDaysTask],
  autoRun: () => (env.jobsAutorun() === '1' ? [{ cron: env.jobsCron(), queue: 'default', limit: 20, silent: { info: true } }] : []),
  access: {
    // Staff may run the queue from the admin; a hosted cron proves itself with the shared secret.
    run: ({ req }) => {
      const secret = env.cronSecret()
      return Boolean(req.user) || Boolean(secret && req.headers.get('authorization') === `Bearer ${secret}`)
    },
  },
  deleteJobOnComplete: true,
}
