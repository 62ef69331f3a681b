import type { Field } from 'payload'

import { adminLevels, options } from '../domain'

/** A list of honours: what a case has won, or how a brand was recognised; grouped by level on the site. */
function honoursList(name: string, label: string, singular: string): Field {
  return {
    name,
    label,
    type: 'array',
    labels: { singular, plural: singular },
    admin: { initCollapsed: true },
    fields: [
      { name: 'text', label: '名称', type: 'text', required: true, maxLength: 200 },
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
}

/** 所获荣誉 of a case. */
export const honoursField = honoursList('honours', '所获荣誉', '荣誉')

/** 认定与荣誉 of a brand (e.g. 市直机关第九批“优秀党建品牌”). */
export const recognitionsField = honoursList('recognitions', '认定与荣誉', '认定')
