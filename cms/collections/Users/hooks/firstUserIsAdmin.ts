import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account of an installation is an admin, whatever the form sent:
 * an installation whose only account cannot manage users locks the office out.
 * (Over REST, which is what the admin's first-user screen uses.)
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  // Scripts and tests on the Local API say which role they mean; the first-user screen cannot.
  if (operation !== 'create' || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
