import type { Field } from 'payload'

import { editors } from '../access/editors'

/**
 * Marks a field private: only staff read or write it, so it never reaches an
 * anonymous API answer or the site (which reads as an anonymous user).
 */
export function privateField<F extends Field>(field: F): F {
  const admin = 'admin' in field ? field.admin : undefined
  return {
    ...field,
    access: { read: editors, create: editors, update: editors },
    admin: { ...admin, description: `${(admin as { description?: string } | undefined)?.description ?? ''}（内部信息，不公开）` },
  } as F
}
