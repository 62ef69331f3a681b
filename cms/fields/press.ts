import type { Field } from 'payload'

import { safeUrl } from '../utilities/safeUrl'

/** 媒体报道 (seed 000 asks for coverage at the end of the write-up). */
export const pressField: Field = {
  name: 'press',
  label: '媒体报道',
  type: 'array',
  labels: { singular: '报道', plural: '报道' },
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'outlet', label: '媒体或刊物', type: 'text', required: true, maxLength: 80 },
        { name: 'date', label: '日期', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'title', label: '标题或栏目', type: 'text', maxLength: 200 },
    { name: 'url', label: '链接', type: 'text', maxLength: 500, validate: safeUrl },
  ],
}
