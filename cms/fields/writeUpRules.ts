import type { Field } from 'payload'

import { sectionHeadings, sectionKeys } from '../domain'

/** 篇幅要求: the limits a campaign sets on each section, the whole text and the abstract. */
export const writeUpRulesField: Field = {
  name: 'writeUpRules',
  label: '篇幅要求',
  type: 'group',
  admin: {
    description: '案例保存时按此检查各部分字数。留空表示不限。',
  },
  fields: [
    {
      name: 'sections',
      label: '正文各部分',
      type: 'array',
      labels: { singular: '部分', plural: '部分' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'section',
              label: '部分',
              type: 'select',
              required: true,
              options: sectionKeys.map((key) => ({ label: sectionHeadings[key], value: key })),
            },
            { name: 'heading', label: '本活动使用的标题', type: 'text', maxLength: 20 },
            { name: 'min', label: '最少字数', type: 'number', min: 0 },
            { name: 'max', label: '最多字数', type: 'number', min: 1 },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'totalMin', label: '全文最少字数', type: 'number', min: 0 },
        { name: 'totalMax', label: '全文最多字数', type: 'number', min: 1 },
        { name: 'abstractMin', label: '摘要最少字数', type: 'number', min: 0 },
        { name: 'abstractMax', label: '摘要最多字数', type: 'number', min: 1 },
      ],
    },
  ],
}
