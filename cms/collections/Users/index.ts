import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { options, userRoles } from '../../domain'
import { adminUsesHttps } from '../../origins'
import { checkPassword } from './hooks/checkPassword'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/** 用户: staff accounts. Admins manage accounts; editors keep the collection. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: '系统' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: adminUsesHttps() },
    // One reset e-mail per account a minute: Payload reserves the slot with a write outside the
    // request's transaction, which is why SQLite transactions take their lock lazily
    // (cms/database/sqliteTransactions.ts).
    forgotPassword: { minRequestInterval: 60_000 },
  },
  hooks: { beforeValidate: [checkPassword], beforeChange: [firstUserIsAdmin] },
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
  },
  fields: [
    { name: 'name', label: '姓名', type: 'text', maxLength: 40 },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: options(userRoles),
      access: { create: admins, update: admins },
      // Not offered on the first-user screen (nobody is logged in there): the first account is an admin.
      admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
      saveToJWT: true,
    },
  ],
}
