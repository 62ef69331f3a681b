import type { Access } from 'payload'

import { hasRole } from './hasRole'

export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')
