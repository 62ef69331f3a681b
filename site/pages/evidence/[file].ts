/**
 * The public 佐证 documents (PDF, Office files) as downloads, copied from the
 * CMS's upload folder at build time. Only files the anonymous read returned
 * are in the collection, so a private file never reaches dist/.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute, GetStaticPaths } from 'astro'
import { getCollection } from 'astro:content'

import { rootDir } from '../../../cms/paths'
import { downloadExtension } from '../../lib/siteData/evidenceFiles'

export const getStaticPaths = (async () => {
  const documents = await getCollection('evidenceDocuments')
  return documents.map((entry) => ({
    params: { file: `${entry.data.id}.${downloadExtension(entry.data.filename)}` },
    props: { filePath: path.join(rootDir, entry.filePath!), mimeType: entry.data.mimeType },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { filePath, mimeType } = props as { filePath: string; mimeType: string }
  return new Response(await fs.readFile(filePath), { headers: { 'Content-Type': mimeType } })
}
