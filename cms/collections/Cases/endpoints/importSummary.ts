import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { importSummaryTable } from '../../../summaryTable/importSummaryTable'

/**
 * POST /api/cases/import-summary: editors only. Multipart, as Payload's own uploads:
 * `file`, and `_payload` = JSON { campaign, unit?, choices?, newUnits?, newUnitLevel?, newUnitRegion? }
 * (see UnitMapping: the editor's answers to the mapping step).
 */
export const importSummaryEndpoint: Endpoint = {
  path: '/import-summary',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录。' }] }, { status: 401 })
    await addDataAndFileToRequest(req)
    const data = (req.data ?? {}) as Record<string, unknown>
    const text = (key: string) => (typeof data[key] === 'string' && data[key] ? (data[key] as string) : undefined)
    const record = <T>(key: string) => (data[key] && typeof data[key] === 'object' ? (data[key] as Record<string, T>) : undefined)
    if (!req.file?.data) {
      return Response.json({ ok: false, errors: [{ row: 0, column: '', message: '请选择要导入的 CSV 或 XLSX 文件。' }] }, { status: 400 })
    }
    if (!data.campaign) {
      return Response.json({ ok: false, errors: [{ row: 0, column: '', message: '请选择要导入的征集评选活动。' }] }, { status: 400 })
    }
    const result = await importSummaryTable(
      req.payload,
      { data: req.file.data, name: req.file.name },
      {
        campaign: data.campaign as string,
        unit: text('unit'),
        choices: record<string>('choices'),
        newUnits: record<{ name?: string; level?: string; region?: string }>('newUnits'),
        newUnitLevel: text('newUnitLevel'),
        newUnitRegion: text('newUnitRegion'),
        user: req.user,
      },
    )
    return Response.json(result, { status: result.ok ? 200 : 400 })
  },
}
