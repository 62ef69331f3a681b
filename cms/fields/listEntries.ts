import type { Field } from 'payload'

import { termField } from './termField'

/**
 * The rows of a 公示 or a 获奖名单: 编号, 案例名称, 申报单位, 等次. Name and
 * unit are copied from the case when the row is saved, because the list is a
 * document of its day: it reads the same after the case is renamed, and it can
 * list entries whose case pages are not (yet) published.
 */
export function listEntriesField({ tierLabel, description }: { tierLabel: string; description: string }): Field {
  return {
    name: 'entries',
    label: '名单',
    type: 'array',
    labels: { singular: '条目', plural: '条目' },
    admin: { description },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'case',
            label: '案例',
            type: 'relationship',
            relationTo: 'cases',
            required: true,
            // Only the entries of this list's campaign.
            filterOptions: ({ data }) => (data?.campaign ? { campaign: { equals: data.campaign } } : true),
          },
          { name: 'number', label: '编号', type: 'text', maxLength: 20, admin: { description: '留空则用案例的序号' } },
          termField({ name: 'tier', list: 'awardTiers', label: tierLabel }),
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'title', label: '案例名称', type: 'text', maxLength: 200, admin: { description: '留空则取案例名称' } },
          { name: 'unitName', label: '申报单位', type: 'text', maxLength: 120, admin: { description: '留空则取申报单位全称' } },
        ],
      },
    ],
  }
}
