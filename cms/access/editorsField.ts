import type { FieldAccess } from 'payload'

/** Private fields (contacts, phones, review notes): staff only, never anonymous readers. */
export const editorsField: FieldAccess = ({ req: { user } }) => Boolean(user)
