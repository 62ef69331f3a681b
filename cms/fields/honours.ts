import type { Field } from 'payload'

import { adminLevels, options } from '../domain'

/** 荣誉: what a case or brand has won, grouped by level on the site. */
export const honoursField: Field = {
  name: 'honours',
  label: '所获荣誉',
  type: 'array',
  labels: { singular: '荣誉', plural: '荣誉' },
  admin: { initCollapsed: true },
  fields: [
    { name: 'text', label: '荣誉名称', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'level', label: '层级', type: 'select', options: options(adminLevels), required: true },
        { name: 'year', label: '年份', type: 'number', min: 1949, max: 2100 },
        { name: 'body', label: '授予或认定单位', type: 'text', maxLength: 120 },
      ],
    },
  ],
}
