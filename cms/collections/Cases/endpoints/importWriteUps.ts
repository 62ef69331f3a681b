import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { importWriteUpBatch } from '../../../writeUpImport/importWriteUpBatch'

/**
 * POST /api/cases/import-write-ups: editors only. Multipart: `file` (one .docx, or a .zip
 * of them) and `_payload` = JSON { campaign }. Answers one report line per Word file.
 */
export const importWriteUpsEndpoint: Endpoint = {
  path: '/import-write-ups',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ ok: false, error: '请先登录。' }, { status: 401 })
    await addDataAndFileToRequest(req)
    const data = (req.data ?? {}) as { campaign?: string | number }
    if (!req.file?.data) return Response.json({ ok: false, error: '请选择 Word 文件（.docx）或 ZIP 压缩包。' }, { status: 400 })
    if (!data.campaign) return Response.json({ ok: false, error: '请选择要导入的征集评选活动。' }, { status: 400 })
    const result = await importWriteUpBatch(req.payload, { data: req.file.data, name: req.file.name }, { campaign: data.campaign, user: req.user })
    return Response.json(result, { status: result.ok ? 200 : 400 })
  },
}
