import type { Field, Where } from 'payload'

/**
 * 永久链接: the slug in every public URL. Generated once from the title, then
 * kept when the title changes; an editor may change it, and the old one goes
 * to `slugHistory` so that old links keep working.
 */
export function slugFields(): Field[] {
  return [
    {
      name: 'slug',
      label: '永久链接',
      type: 'text',
      index: true,
      unique: true,
      maxLength: 80,
      admin: {
        position: 'sidebar',
        description: '留空则按标题拼音自动生成；发布后请勿随意修改，修改后旧链接会自动跳转。',
      },
    },
    {
      name: 'slugHistory',
      label: '曾用链接',
      labels: { singular: '旧网址', plural: '旧网址' },
      type: 'array',
      admin: { position: 'sidebar', readOnly: true, initCollapsed: true, components: { RowLabel: '/components/SlugHistoryRowLabel#SlugHistoryRowLabel' } },
      fields: [
        { name: 'slug', type: 'text', label: '链接', index: true, maxLength: 80 },
        { name: 'changedAt', type: 'date', label: '修改时间' },
      ],
    },
  ]
}

/**
 * The queries that find the documents holding a slug (or any of several), now or in their history.
 * Two queries, not one `or`: across the history join SQLite can use neither
 * index and scans the whole collection, which made every save cost O(documents).
 */
export const slugHolderQueries = (slug: string | string[]): Where[] =>
  typeof slug === 'string'
    ? [{ slug: { equals: slug } }, { 'slugHistory.slug': { equals: slug } }]
    : [{ slug: { in: slug } }, { 'slugHistory.slug': { in: slug } }]
