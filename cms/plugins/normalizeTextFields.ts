import type { Field, FieldHook, Plugin } from 'payload'

import { normalizeTextareaField, normalizeTextField, stripInvisibleFromRichText } from '../hooks/normalizeTypedText'

const hookFor: Partial<Record<Field['type'], FieldHook>> = {
  text: normalizeTextField,
  textarea: normalizeTextareaField,
  richText: stripInvisibleFromRichText,
}

function withNormalizedText(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    const hook = hookFor[field.type]
    if (hook) {
      const own = (field as { hooks?: { beforeValidate?: FieldHook[] } }).hooks
      return { ...field, hooks: { ...own, beforeValidate: [hook, ...(own?.beforeValidate ?? [])] } } as Field
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withNormalizedText(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withNormalizedText(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withNormalizedText(field.fields) } as Field
    return field
  })
}

/**
 * Normalises every text, textarea and rich-text field of every collection
 * (cms/hooks/normalizeTypedText.ts), however deep in groups, arrays, rows
 * and tabs, so that no collection can forget it. Payload's own fields
 * (auth, upload) are added after plugins run and keep their own rules.
 */
export const normalizeTextFields = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: withNormalizedText(collection.fields) })),
})
