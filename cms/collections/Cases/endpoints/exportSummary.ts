import type { Endpoint } from 'payload'

import { exportSummaryTable } from '../../../summaryTable/exportSummaryTable'

/** GET /api/cases/export-summary?campaign=ID&format=xlsx|csv: the 汇总表 with contacts, editors only. */
export const exportSummaryEndpoint: Endpoint = {
  path: '/export-summary',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录。' }] }, { status: 401 })
    const campaign = req.searchParams.get('campaign')
    if (!campaign) return Response.json({ errors: [{ message: '请指定征集评选活动。' }] }, { status: 400 })
    const format = req.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx'
    const file = await exportSummaryTable(req.payload, campaign, format, req.user)
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
