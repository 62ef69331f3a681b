import type { CollectionConfig } from 'payload'

type Drafts = Exclude<Exclude<NonNullable<CollectionConfig['versions']>, boolean>['drafts'], boolean | undefined>

/**
 * Drafts with Payload's scheduled publishing (预约发布 beside the publish
 * button): a 24-hour clock to the minute, as a 公示 or a result list is dated.
 * The jobs queue (cms/jobs) carries it out.
 */
export const scheduledDrafts: Drafts = { schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 } }
