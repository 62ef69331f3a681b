import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrEditors } from '../access/publishedOrEditors'
import { recognitionsField } from '../fields/honours'
import { seedHashField } from '../fields/seedHash'
import { slugFields } from '../fields/slug'
import { ensureSlug } from '../hooks/ensureSlug'
import { queueRebuildAfterChange, queueRebuildAfterDelete, rememberWhetherLive } from '../hooks/queueSiteRebuild'
import { refuseWhileShown } from '../hooks/refuseWhileShown'
import { requirePublishedReferences } from '../hooks/requirePublishedReferences'

/** 党建品牌: a named Party-building brand of a unit, with the recognitions it holds. */
export const Brands: CollectionConfig = {
  slug: 'brands',
  labels: { singular: '党建品牌', plural: '党建品牌' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'unit', '_status'], group: '案例库' },
  access: { read: publishedOrEditors, readVersions: editors, create: editors, update: editors, delete: editors },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [refuseWhileShown([{ collection: 'cases', field: 'brand', label: '案例' }])],
    beforeChange: [ensureSlug('name'), requirePublishedReferences([{ path: 'unit', collection: 'units', label: '所属单位' }]), rememberWhetherLive],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: '品牌名称', type: 'text', required: true, maxLength: 80 },
    { name: 'unit', label: '所属单位', type: 'relationship', relationTo: 'units', required: true },
    { name: 'description', label: '品牌简介', type: 'textarea', maxLength: 3000 },
    recognitionsField,
    {
      name: 'cases',
      label: '相关案例',
      type: 'join',
      collection: 'cases',
      on: 'brand',
      admin: { defaultColumns: ['title', 'campaign', 'awardTier'] },
    },
    ...slugFields(),
    seedHashField,
  ],
}
