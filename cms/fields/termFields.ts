import type { Field } from 'payload'

import { slugFields } from './slug'

/**
 * The fields every term of a 词表 has: its label, what it means, the data key
 * stored in cases and open data (set once), and its URL key (slug, with the
 * history that keeps old URLs redirecting).
 */
export function termFields({ descriptionLabel = '说明' }: { descriptionLabel?: string } = {}): Field[] {
  return [
    { name: 'label', label: '名称', type: 'text', required: true, unique: true, maxLength: 40 },
    { name: 'description', label: descriptionLabel, type: 'textarea', maxLength: 500 },
    {
      name: 'value',
      label: '数据代码',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 80,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: '案例和开放数据中记录的代码，首次保存时按永久链接生成，此后不变；改名称或改链接都不影响它。',
      },
    },
    ...slugFields(),
  ]
}
