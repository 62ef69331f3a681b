import type { Access } from 'payload'

/** Logged-in staff: editors and admins. */
export const editors: Access = ({ req: { user } }) => Boolean(user)
