import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account of an installation is an admin, whatever the form sent:
 * an installation whose only account cannot manage users locks the office out.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
