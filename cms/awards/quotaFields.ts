import type { Field } from 'payload'

import { admins } from '../access/admins'
import { editors } from '../access/editors'
import { quotaRoundings } from '../domain'

/** 名额取整: how a share of entries becomes a whole number of awards (四舍五入 unless the notice says otherwise). */
export const quotaRoundingField: Field = {
  name: 'quotaRounding',
  label: '名额取整方式',
  type: 'select',
  defaultValue: 'round',
  options: quotaRoundings.map(({ value, label }) => ({ value, label })),
  admin: { description: '按比例计算的名额不是整数时如何取整，例如 17 × 5% = 0.85：四舍五入为 1 个，向下取整为 0 个。' },
}

/** 超出名额确认: each time an admin accepted over-quota awards, with who, when and the counts (internal). */
export const quotaConfirmationsField: Field = {
  name: 'quotaConfirmations',
  label: '超出名额的确认记录',
  type: 'array',
  labels: { singular: '确认', plural: '确认' },
  access: { read: editors, create: admins, update: admins },
  admin: {
    readOnly: true,
    description: '管理员在“评定奖项”中确认超出名额后自动记录（内部信息，不公开）。',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'confirmedAt', label: '确认时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'confirmedBy', label: '确认人', type: 'relationship', relationTo: 'users' },
      ],
    },
    { name: 'summary', label: '确认时的超出情况', type: 'text', maxLength: 500 },
    { name: 'note', label: '说明', type: 'text', maxLength: 200 },
    { name: 'counts', label: '各等次数量', type: 'json', admin: { hidden: true } },
  ],
}
