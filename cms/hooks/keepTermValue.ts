import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A term's data key is set once: on its first save from the key the seed or
 * migration gives, else from its slug (the pinyin of its label); afterwards it
 * never changes, so cases and open data keep meaning the same term when an
 * editor renames it or moves its URL. Runs after ensureSlug.
 */
export const keepTermValue: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const original = (originalDoc as { value?: string | null } | undefined)?.value
  if (operation === 'update' && original) data.value = original
  else data.value = (typeof data.value === 'string' && data.value.trim()) || data.slug
  return data
}
