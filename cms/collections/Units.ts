import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { options, unitCategories, unitLevels } from '../domain'
import { contactsField } from '../fields/contacts'
import { seedHashField } from '../fields/seedHash'
import { slugFields } from '../fields/slug'
import { ensureSlug } from '../hooks/ensureSlug'
import { queueRebuildAfterChange, queueRebuildAfterDelete } from '../hooks/queueSiteRebuild'
import { refuseWhileShown } from '../hooks/refuseWhileShown'

/** 单位: submitting, leading and co-organising units, matched by full name or 规范简称. */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: '单位', plural: '单位' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'level', 'region', 'category'],
    group: '案例库',
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: {
    beforeOperation: [
      refuseWhileShown([
        { collection: 'cases', field: 'unit', label: '案例' },
        { collection: 'cases', field: 'coUnits', label: '案例' },
        { collection: 'brands', field: 'unit', label: '党建品牌' },
      ]),
    ],
    beforeChange: [ensureSlug('name')],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: '单位全称', type: 'text', required: true, unique: true, index: true, maxLength: 120 },
    {
      name: 'shortName',
      label: '规范简称',
      type: 'text',
      index: true,
      maxLength: 60,
      admin: { description: '汇总表中“申报单位”按规范简称填写，导入时用它匹配单位。' },
    },
    {
      type: 'row',
      fields: [
        { name: 'level', label: '层级', type: 'select', options: options(unitLevels) },
        { name: 'region', label: '地区', type: 'text', maxLength: 40, index: true },
        { name: 'category', label: '单位类别', type: 'select', options: options(unitCategories) },
      ],
    },
    { name: 'parent', label: '上级单位', type: 'relationship', relationTo: 'units' },
    { name: 'description', label: '简介', type: 'textarea', maxLength: 2000 },
    ...slugFields(),
    {
      type: 'collapsible',
      label: '内部信息（不公开）',
      admin: { initCollapsed: true },
      fields: [contactsField],
    },
    seedHashField,
  ],
}
