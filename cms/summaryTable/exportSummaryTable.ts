import { stringify } from 'csv-stringify/sync'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import writeXlsxFile from 'write-excel-file/node'

import { labelOf, listNames, summaryTableColumns } from '../domain'
import { neutralizeFormula } from '../utilities/spreadsheetCell'
import { readVocabulary } from '../utilities/vocabulary'

type Unit = { name?: string; shortName?: string | null }

/**
 * The campaign's cases as a 汇总表 (seed 000's layout, with contacts), led by
 * each entry's 编号 and followed by award tier and status; 序号 is the number
 * the submitting unit gave it. For editors only: it holds private fields.
 */
export async function exportSummaryTable(
  payload: Payload,
  campaignId: number | string,
  format: 'csv' | 'xlsx',
  user: PayloadRequest['user'],
): Promise<{ body: Buffer; filename: string; contentType: string }> {
  const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, draft: true, user, overrideAccess: false })
  const { docs } = await payload.find({
    collection: 'cases',
    where: { campaign: { equals: campaignId } },
    sort: 'sequence',
    limit: 0,
    pagination: false,
    depth: 1,
    draft: true,
    user,
    overrideAccess: false,
  })
  const { caseTypes, awardTiers } = await readVocabulary(await createLocalReq({ user: user ?? undefined }, payload))
  const header = ['编号', ...summaryTableColumns.map((c) => c.header), listNames.awardTiers, '状态']
  const rows = docs.map((doc) => {
    const unit = doc.unit as Unit | number | null
    // The full name: a short name may fit units of several regions, and the export must import back unambiguously.
    const unitName = typeof unit === 'object' && unit ? (unit.name ?? '') : ''
    return [
      String(doc.sequence ?? ''),
      String(doc.submittedSequence ?? ''),
      doc.title,
      labelOf(caseTypes, doc.caseType),
      unitName,
      doc.contactPerson ?? '',
      doc.contactPhone ?? '',
      doc.remarks ?? '',
      labelOf(awardTiers, doc.awardTier),
      doc._status === 'published' ? '已发布' : '草稿',
    ].map((cell) => neutralizeFormula(String(cell)))
  })
  const base = `${campaign.shortName || campaign.name}-汇总表`.replace(/[\\/:*?"<>|]/g, '')
  if (format === 'csv') {
    // BOM so that Excel opens the UTF-8 file with Chinese intact.
    const body = Buffer.from(`\uFEFF${stringify([header, ...rows])}`, 'utf8')
    return { body, filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8' }
  }
  const body = await writeXlsxFile(
    [header, ...rows].map((row) => row.map((value) => ({ value, type: String }))),
    {
      sheet: '汇总表',
    },
  ).toBuffer()
  return { body, filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
}
