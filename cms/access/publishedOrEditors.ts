import type { Access } from 'payload'

/** Staff read everything; anyone else reads published documents only. */
export const publishedOrEditors: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
