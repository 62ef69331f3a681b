import type { Access } from 'payload'

/**
 * Staff read every 佐证 file; anyone else only those marked public. Payload
 * applies the same rule to the file's bytes (its file route queries the
 * collection with this read access), so a private file's URL answers 403.
 */
export const publicFilesOrEditors: Access = ({ req: { user } }) => {
  if (user) return true
  return { visibility: { equals: 'public' } }
}
