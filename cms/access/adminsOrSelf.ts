import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Admins manage every account; an editor reads and updates only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
