import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

export const adminsField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
