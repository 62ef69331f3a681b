import type { DateField } from 'payload'

/**
 * 首次发布时间: set on the first publish (hooks/stampPublishedAt), the date of
 * feeds and citations. Loaded content keeps the date its source gives, or none.
 */
export const publishedAtField = ({ index = false }: { index?: boolean } = {}): DateField => ({
  name: 'publishedAt',
  label: '首次发布时间',
  type: 'date',
  index,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: '第一次发布时自动记录，用作订阅和引用的日期。从资料载入的条目，资料没有给出日期的留空。',
  },
})
