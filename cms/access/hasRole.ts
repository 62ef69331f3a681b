import type { UserRole } from '../domain'

type MaybeUser = { role?: string | null; collection?: string } | null | undefined

/** Admins can do everything editors can. */
export function hasRole(user: MaybeUser, role: UserRole): boolean {
  if (!user) return false
  if (user.role === 'admin') return true
  return user.role === role
}
