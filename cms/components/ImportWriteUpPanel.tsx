'use client'

import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { WriteUpImportResult } from '../writeUpImport/importWriteUp'
import { errorText, WriteUpSummaryView } from './WriteUpSummaryView'

const panel: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem 1rem',
  marginBottom: '1.5rem',
  background: 'var(--theme-elevation-50)',
}

/**
 * 从 Word 导入: on a case's 内容 tab. The editor picks the case's .docx; the panel
 * shows what each section would get (counts against the campaign's limits,
 * headings that match nothing, honours and press found), and 导入到本案例 writes
 * it as a new draft, then reloads the form.
 */
export function ImportWriteUpPanel() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const [file, setFile] = useState<File>()
  const [closingAsEntries, setClosingAsEntries] = useState(true)
  const [busy, setBusy] = useState<'checking' | 'importing'>()
  const [result, setResult] = useState<WriteUpImportResult>()

  if (!id) return <p style={panel}>保存案例后，可在这里从 Word 文件（.docx）导入情况介绍。</p>

  const send = async (chosen: File, apply: boolean, asEntries = closingAsEntries) => {
    const body = new FormData()
    body.set('file', chosen)
    body.set('_payload', JSON.stringify({ apply, closingAsEntries: asEntries }))
    setBusy(apply ? 'importing' : 'checking')
    try {
      const response = await fetch(`/api/cases/${id}/import-write-up`, { method: 'POST', body, credentials: 'include' })
      const answer = (await response.json().catch(() => ({ ok: false, error: `服务器未能处理该文件（${response.status}）。` }))) as WriteUpImportResult
      setResult(answer)
      // The form holds the values it loaded; show the imported draft.
      if (answer.ok && answer.applied) window.location.reload()
    } catch {
      setResult({ ok: false, error: '无法连接服务器，请稍后重试。' })
    } finally {
      setBusy(undefined)
    }
  }

  const applied = result?.ok && result.applied
  const canApply = result?.ok && !result.applied && result.summary.problems.length === 0

  return (
    <section style={panel} aria-labelledby="import-write-up-heading">
      <h3 id="import-write-up-heading" style={{ marginTop: 0 }}>
        从 Word 导入情况介绍
      </h3>
      <p>
        上传按撰写格式（“一、背景描述”“二、创新亮点”……）写成的 .docx
        文件：各部分自动填入下方正文，段落、加粗、列表和表格保留，图片放入「图片」，标题下方的摘要填入「摘要」。
        导入保存为新的草稿，已发布的页面在您发布之前不变。
      </p>
      <label style={{ display: 'block', marginBottom: '0.5rem' }}>
        <span>选择 Word 文件（.docx）：</span>{' '}
        <input
          type="file"
          name="writeUpFile"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0]
            setFile(chosen)
            setResult(undefined)
            if (chosen) void send(chosen, false)
          }}
        />
      </label>
      <div aria-live="polite">
        {busy === 'checking' && <p role="status">正在读取文件…</p>}
        {busy === 'importing' && <p role="status">正在导入…</p>}
        {result && !result.ok && (
          <p role="alert" style={errorText}>
            未导入：{result.error}
          </p>
        )}
        {result?.summary && !applied && <WriteUpSummaryView summary={result.summary} />}
        {applied && <p role="status">已导入，正在刷新页面…</p>}
      </div>
      {result?.ok && !applied && (
        <label style={{ display: 'block', margin: '0.5rem 0' }}>
          <input
            type="checkbox"
            checked={closingAsEntries}
            onChange={(event) => {
              const checked = event.currentTarget.checked
              setClosingAsEntries(checked)
              if (file) void send(file, false, checked)
            }}
          />{' '}
          把文末关于荣誉和报道的段落转为「荣誉与报道」中的条目（不计入正文字数）
        </label>
      )}
      {result?.ok && !applied && result.summary.problems.length > 0 && (
        <p style={errorText}>字数不符合本活动的要求，不能导入。请在 Word 中修改后重新选择文件。</p>
      )}
      {canApply && (
        <>
          {modified && <p style={errorText}>本页有未保存的修改。请先保存或放弃修改，再导入。</p>}
          <Button type="button" disabled={Boolean(busy) || modified} onClick={() => file && void send(file, true)}>
            导入到本案例
          </Button>
        </>
      )}
    </section>
  )
}
