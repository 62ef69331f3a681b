import type { CollectionConfig } from 'payload'

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

/** 获奖名单: a campaign's result list (seed 000: 获奖名单…同时公布), published on its date. */
export const ResultLists: CollectionConfig = {
  slug: 'result-lists',
  labels: { singular: '获奖名单', plural: '获奖名单' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'issuedOn', '_status'],
    group: '活动进程',
    description: '活动的获奖（入选）名单，带文号和日期；名单中已发布的案例链接到案例页面。可定时发布。',
  },
  access: { read: publishedOrEditors, readVersions: editors, create: editors, update: editors, delete: editors },
  versions: { drafts: scheduledDrafts, maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      ensureSlug('title'),
      requirePublishedReferences([{ path: 'campaign', collection: 'campaigns', label: '所属活动' }]),
      fillListEntries,
      stampPublishedAt,
    ],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  defaultSort: '-issuedOn',
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 200, admin: { description: '如“关于公布……获奖名单的通知”' } },
    { name: 'campaign', label: '所属活动', type: 'relationship', relationTo: 'campaigns', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'issuer', label: '发布单位', type: 'text', required: true, maxLength: 120 },
        { name: 'documentNumber', label: '文号', type: 'text', maxLength: 60 },
        { name: 'issuedOn', label: '发文日期', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } } },
      ],
    },
    { name: 'intro', label: '说明', type: 'textarea', maxLength: 2000 },
    listEntriesField({
      tierLabel: '获奖等次',
      description: '保存时若名单为空，自动列入本活动已评定等次的全部案例；等次取案例的“奖项等次”。只有已发布的案例在网站上带链接。',
    }),
    ...slugFields(),
    { name: 'publishedAt', label: '首次发布时间', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    seedHashField,
  ],
}
