import type { DateField, Field, Plugin } from 'payload'

/**
 * How each of Payload's date pickers reads in Chinese; Payload's defaults are English patterns ("MMM d, yyy h:mm a").
 * The 预约发布 drawer's picker takes no format: cms/adminPatches/scheduleDrawerDateFormat.cjs gives it dayAndTime's.
 */
export const displayFormats: Record<string, string> = {
  default: 'yyyy年M月d日',
  dayOnly: 'yyyy年M月d日',
  dayAndTime: 'yyyy年M月d日 HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'yyyy年M月',
}

function withChineseDate(field: DateField): DateField {
  const date = (field.admin?.date ?? {}) as { displayFormat?: string; pickerAppearance?: string; timeFormat?: string }
  const appearance = date.pickerAppearance ?? 'default'
  const withTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
  const chinese = { ...date, displayFormat: date.displayFormat ?? displayFormats[appearance], ...(withTime ? { timeFormat: date.timeFormat ?? 'HH:mm' } : {}) }
  return { ...field, admin: { ...field.admin, date: chinese as NonNullable<DateField['admin']>['date'] } }
}

function withChineseDates(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') return withChineseDate(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withChineseDates(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withChineseDates(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withChineseDates(field.fields) } as Field
    return field
  })
}

/**
 * Every date field of every collection and global shows and picks dates the
 * Chinese way (2026年12月1日 08:36, a 24-hour clock) unless it says otherwise,
 * so a new date field cannot come out as "Dec 1, 2026 8:36 AM".
 */
export const chineseDates = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: withChineseDates(collection.fields) })),
  globals: config.globals?.map((global) => ({ ...global, fields: withChineseDates(global.fields) })),
})
