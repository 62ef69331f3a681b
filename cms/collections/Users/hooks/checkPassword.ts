import type { CollectionBeforeValidateHook } from 'payload'

import { passwordProblem } from '../../../domain'
import { throwFieldErrors } from '../../../utilities/fieldErrors'

/** A new or changed password must follow the policy (cms/domain/passwordPolicy.ts); the reason shows on the field. */
export const checkPassword: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return data
  const problem = passwordProblem(password)
  throwFieldErrors(req, { collection: collection.slug }, problem ? [{ path: 'password', label: '密码', message: problem }] : [])
  return data
}
