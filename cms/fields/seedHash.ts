import type { Field } from 'payload'

import { editors } from '../access/editors'

/**
 * Fingerprint of the content/ file a document was seeded from. The seed
 * updates a document only when its file changed, and never touches a document
 * without one (an editor's own).
 */
export const seedHashField: Field = {
  name: 'seedHash',
  type: 'text',
  maxLength: 128,
  admin: { hidden: true },
  access: { read: editors, create: editors, update: editors },
}
