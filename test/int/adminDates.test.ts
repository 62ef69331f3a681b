/**
 * Every date field of the admin shows its date the Chinese way: the
 * chineseDates plugin gives each a Chinese display pattern (Payload's own
 * defaults are "MMM d, yyy h:mm a" and "MM/dd/yyyy") and a 24-hour clock.
 */
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

function dateFields(fields: FlattenedField[], prefix = ''): { path: string; field: FlattenedField }[] {
  return fields.flatMap((field) => {
    // Hidden and disabled fields (the auth fields: expiry dates, sessions) show nowhere.
    if ((field as { hidden?: boolean }).hidden || field.admin?.hidden || field.admin?.disabled) return []
    const path = `${prefix}${field.name}`
    if (field.type === 'date') return [{ path, field }]
    if ('flattenedFields' in field) return dateFields(field.flattenedFields as FlattenedField[], `${path}.`)
    if (field.type === 'blocks')
      return field.blocks.flatMap((block) => dateFields((block as { flattenedFields: FlattenedField[] }).flattenedFields, `${path}.`))
    return []
  })
}

describe('date fields in the admin', () => {
  it('all read 2026年12月1日 (08:36), never an English pattern', async () => {
    const config = await (await import('../../cms/payload.config')).default
    const entities = [
      ...config.collections.filter((c) => !c.slug.startsWith('payload-')).map((c) => ({ slug: c.slug, fields: c.flattenedFields })),
      ...config.globals.map((g) => ({ slug: g.slug, fields: g.flattenedFields })),
    ]
    // Payload adds createdAt and updatedAt itself; the edit view shows them as text in admin.dateFormat (yyyy年M月d日 HH:mm).
    const own = (field: FlattenedField) => field.name !== 'createdAt' && field.name !== 'updatedAt'
    const found = entities.flatMap(({ slug, fields }) => dateFields(fields.filter(own)).map((d) => ({ ...d, path: `${slug}.${d.path}` })))
    // 公示期, 活动环节, 发文日期, 站点构建 … at least these.
    expect(found.map((d) => d.path)).toEqual(expect.arrayContaining(['publicity-notices.periodStart', 'campaigns.stages.start', 'site-build.lastSuccessAt']))
    for (const { path, field } of found) {
      const date = ((field as { admin?: { date?: { displayFormat?: string; pickerAppearance?: string; timeFormat?: string } } }).admin?.date ?? {}) as {
        displayFormat?: string
        pickerAppearance?: string
        timeFormat?: string
      }
      expect(`${path}: ${date.displayFormat}`).toMatch(/: (.*年.*|HH:mm)$/)
      if (date.pickerAppearance === 'dayAndTime' || date.pickerAppearance === 'timeOnly') expect(date.timeFormat, path).toBe('HH:mm')
    }
  })
})
