import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrEditors } from '../access/publishedOrEditors'
import { featurePresentations, options } from '../domain'
import { writeUpEditor } from '../fields/richTextEditor'
import { safeRichText } from '../fields/safeRichText'
import { seedHashField } from '../fields/seedHash'
import { slugFields } from '../fields/slug'
import { ensureSlug } from '../hooks/ensureSlug'
import { queueRebuildAfterChange, queueRebuildAfterDelete, rememberWhetherLive } from '../hooks/queueSiteRebuild'
import { requirePublishedReferences } from '../hooks/requirePublishedReferences'
import { stampPublishedAt } from '../hooks/stampPublishedAt'
import { scheduledDrafts } from '../jobs/scheduledDrafts'
import { publishedAtField } from '../fields/publishedAt'

/** 专题: a newspaper-style collection such as the 十佳 集萃, with cases in the editor's order. */
export const Features: CollectionConfig = {
  slug: 'features',
  labels: { singular: '专题', plural: '专题' },
  admin: { useAsTitle: 'headline', defaultColumns: ['headline', 'campaign', '_status'], group: '案例库' },
  access: { read: publishedOrEditors, readVersions: editors, create: editors, update: editors, delete: editors },
  versions: { drafts: scheduledDrafts, maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      ensureSlug('headline'),
      requirePublishedReferences([
        { path: 'campaign', collection: 'campaigns', label: '对应活动' },
        { path: 'entries.case', collection: 'cases', label: '入选案例' },
      ]),
      stampPublishedAt,
      rememberWhetherLive,
    ],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'kicker', label: '引题', type: 'text', maxLength: 120 },
    { name: 'headline', label: '主标题', type: 'text', required: true, maxLength: 120 },
    { name: 'subtitle', label: '副题', type: 'text', maxLength: 160 },
    {
      type: 'row',
      fields: [
        { name: 'byline', label: '署名', type: 'text', maxLength: 80 },
        { name: 'publication', label: '刊载媒体', type: 'text', maxLength: 80 },
        { name: 'publishedOn', label: '刊载日期', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'campaign', label: '对应活动', type: 'relationship', relationTo: 'campaigns' },
    { name: 'lead', label: '导语', type: 'richText', editor: writeUpEditor, validate: safeRichText },
    {
      name: 'presentation',
      label: '版式',
      type: 'select',
      defaultValue: 'pairs',
      options: options(featurePresentations),
    },
    {
      name: 'entries',
      label: '入选案例',
      type: 'array',
      labels: { singular: '案例', plural: '案例' },
      admin: { description: '拖动调整顺序；可为每个案例写一句推荐语。' },
      fields: [
        { name: 'case', label: '案例', type: 'relationship', relationTo: 'cases', required: true },
        { name: 'heading', label: '版面标题', type: 'text', maxLength: 120, admin: { description: '留空则用案例名称' } },
        { name: 'blurb', label: '推荐语', type: 'textarea', maxLength: 500 },
      ],
    },
    ...slugFields(),
    publishedAtField(),
    seedHashField,
  ],
}
