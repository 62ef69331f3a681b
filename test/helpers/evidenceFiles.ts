import type { Payload } from 'payload'

import { minimalPdf } from '../../bench/generate/pdf'

/** A valid PDF whose bytes carry `marker`, to look for wherever it might leak. */
export const smallPdf = (marker: string) => minimalPdf(marker)

/** A 佐证文件 made through the Local API, with its upload checks. */
export async function createEvidenceFile(
  payload: Payload,
  { title, visibility, name, data, mimetype }: { title: string; visibility: 'public' | 'private'; name: string; data: Buffer; mimetype: string },
) {
  return payload.create({
    collection: 'evidence-files',
    data: { title, visibility },
    file: { data, mimetype, name, size: data.length },
    overrideAccess: true,
  })
}
