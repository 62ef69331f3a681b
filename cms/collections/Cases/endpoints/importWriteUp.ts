import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { importWriteUp } from '../../../writeUpImport/importWriteUp'

/**
 * POST /api/cases/:id/import-write-up: editors only. Multipart, as Payload's own uploads:
 * `file` (.docx) and `_payload` = JSON { apply?: boolean, closingAsEntries?: boolean }.
 * Without `apply` it only reports what the file would fill.
 */
export const importWriteUpEndpoint: Endpoint = {
  path: '/:id/import-write-up',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ ok: false, error: '请先登录。' }, { status: 401 })
    await addDataAndFileToRequest(req)
    const data = (req.data ?? {}) as { apply?: boolean; closingAsEntries?: boolean }
    if (!req.file?.data) return Response.json({ ok: false, error: '请选择要导入的 Word 文件（.docx）。' }, { status: 400 })
    const result = await importWriteUp(
      req.payload,
      { data: req.file.data, name: req.file.name },
      { caseId: String(req.routeParams?.id ?? ''), user: req.user, apply: data.apply === true, closingAsEntries: data.closingAsEntries !== false },
    )
    return Response.json(result, { status: result.ok ? 200 : 400 })
  },
}
