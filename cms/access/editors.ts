import type { PayloadRequest } from 'payload'

/**
 * Logged-in staff: editors and admins. As collection access and as field
 * access (private fields: contacts, phones, review notes), never anonymous readers.
 */
export const editors = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)
