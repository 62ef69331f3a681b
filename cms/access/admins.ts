import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** Admins only; serves as collection access and as field access alike. */
export const admins = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
