import type { JobsConfig } from 'payload'

import { rebuildOnStageDaysTask } from './rebuildOnStageDays'

/**
 * Scheduled work: Payload's scheduled publishing (schedulePublish, added by
 * collections with versions.drafts.schedulePublish) and the calendar rebuild.
 * - `npm start` sets HUIBIAN_JOBS_AUTORUN=1: the CMS process runs the queue
 *   every few seconds (HUIBIAN_JOBS_CRON, a six-field cron with seconds).
 * - Hosted (serverless, several instances): leave it unset and let a cron call
 *   GET /api/payload-jobs/run with `Authorization: Bearer $CRON_SECRET`.
 * Scripts, tests and site builds open Payload without running jobs.
 */
export const jobs: JobsConfig = {
  tasks: [rebuildOnStageDaysTask],
  autoRun: () =>
    process.env.HUIBIAN_JOBS_AUTORUN === '1' ? [{ cron: process.env.HUIBIAN_JOBS_CRON ?? '*/5 * * * * *', queue: 'default', limit: 20, silent: { info: true } }] : [],
  access: {
    // Staff may run the queue from the admin; a hosted cron proves itself with the shared secret.
    run: ({ req }) => Boolean(req.user) || Boolean(process.env.CRON_SECRET && req.headers.get('authorization') === `Bearer ${process.env.CRON_SECRET}`),
  },
  deleteJobOnComplete: true,
}
