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
    // Payload rate-limits reset e-mails with a write outside its own open transaction. On SQLite
    // that transaction holds the write lock (BEGIN IMMEDIATE, cms/database/sqliteTransactions.ts)
    // and libSQL waits for a lock blocking the event loop, so the write can never succeed (every
    // request a 500 after the busy timeout). Reset mails are only logged here (cms/email.ts), so
    // there is nothing to flood; the same setting on MongoDB keeps the engines alike. Turning the
    // limit on needs its column (a migration) and deferred transactions.
    forgotPassword: { minRequestInterval: 0 },
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
