import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { editors } from '../access/editors'
import { publishedOrEditors } from '../access/publishedOrEditors'
import { listEntriesField } from '../fields/listEntries'
import { seedHashField } from '../fields/seedHash'
import { slugFields } from '../fields/slug'
import { ensureSlug } from '../hooks/ensureSlug'
import { fillListEntries } from '../hooks/fillListEntries'
import { queueRebuildAfterChange, queueRebuildAfterDelete } from '../hooks/queueSiteRebuild'
import { requirePublishedReferences } from '../hooks/requirePublishedReferences'
import { stampPublishedAt } from '../hooks/stampPublishedAt'
import { scheduledDrafts } from '../jobs/scheduledDrafts'
import { publishedAtField } from '../fields/publishedAt'

export const campaignField: Field = { name: 'campaign', label: '所属活动', type: 'relationship', relationTo: 'campaigns', required: true, index: true }
export const issuerField: Field = { name: 'issuer', label: '发布单位', type: 'text', required: true, maxLength: 120 }
export const documentNumberField: Field = { name: 'documentNumber', label: '文号', type: 'text', maxLength: 60 }

type EntryListOptions = Pick<CollectionConfig, 'slug' | 'labels' | 'admin' | 'defaultSort'> & {
  /** The title field's example, e.g. 如“关于公布……获奖名单的通知”. */
  titleExample: string
  /** The fields between the title and the list. */
  fields: Field[]
  list: Parameters<typeof listEntriesField>[0]
  /** Hooks of this kind of list, run after the list is filled and before the publish stamp. */
  beforeChange?: CollectionBeforeChangeHook[]
}

/**
 * A published list of a campaign's entries with their tiers: 公示 and
 * 获奖名单. Both are drafts that editors publish (or schedule), fill
 * themselves from the campaign's tiered entries, and rebuild the site.
 */
export function entryListCollection({ titleExample, fields, list, beforeChange = [], ...config }: EntryListOptions): CollectionConfig {
  return {
    ...config,
    access: { read: publishedOrEditors, readVersions: editors, create: editors, update: editors, delete: editors },
    versions: { drafts: scheduledDrafts, maxPerDoc: 50 },
    hooks: {
      beforeChange: [
        ensureSlug('title'),
        requirePublishedReferences([{ path: 'campaign', collection: 'campaigns', label: '所属活动' }]),
        fillListEntries,
        ...beforeChange,
        stampPublishedAt,
      ],
      afterChange: [queueRebuildAfterChange],
      afterDelete: [queueRebuildAfterDelete],
    },
    fields: [
      { name: 'title', label: '标题', type: 'text', required: true, maxLength: 200, admin: { description: titleExample } },
      ...fields,
      listEntriesField(list),
      ...slugFields(),
      publishedAtField({ index: true }),
      seedHashField,
    ],
  }
}
