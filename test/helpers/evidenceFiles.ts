import type { Payload } from 'payload'

/**
 * A small, valid one-page PDF whose bytes carry `marker` (in a comment and in
 * the page's text), so a test can look for the bytes wherever they might leak.
 */
export function smallPdf(marker: string): Buffer {
  const stream = `BT /F1 12 Tf 20 40 Td (${marker}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 80] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = `%PDF-1.4\n% ${marker}\n`
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

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
