'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { BatchFileReport, BatchResult } from '../writeUpImport/importWriteUpBatch'
import { postImportFile } from './postImportFile'
import { errorText, warningText } from './WriteUpSummaryView'

type Option = { id: number | string; label: string }

const field: React.CSSProperties = { display: 'grid', gap: '0.35rem', marginBottom: '1.25rem', maxWidth: '40rem' }
const input: React.CSSProperties = {
  padding: '0.5rem',
  font: 'inherit',
  border: '1px solid var(--theme-elevation-250)',
  borderRadius: 4,
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-text)',
}
const cell: React.CSSProperties = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }

const statusLabels: Record<BatchFileReport['status'], string> = {
  filled: '已导入',
  overLimit: '超出字数，未导入',
  unmatched: '未匹配，未导入',
  refused: '文件被拒绝',
}

/**
 * 导入 Word 情况介绍 (on the 导入汇总表 page): many .docx files, or .zip files of
 * them, into a campaign's drafts. Files go one request each, so the page can
 * show progress and one file's refusal stops no other; the report has a line per file.
 */
export function ImportWriteUpsForm(props: { campaigns: Option[] }) {
  const [progress, setProgress] = useState<string>()
  const [reports, setReports] = useState<BatchFileReport[]>([])
  const [summary, setSummary] = useState<string>()

  const submit = async (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const campaign = String(form.get('campaign') ?? '')
    const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0)
    const all: BatchFileReport[] = []
    setReports([])
    setSummary(undefined)
    for (const [index, file] of files.entries()) {
      setProgress(`正在导入第 ${index + 1} / ${files.length} 个文件：${file.name}`)
      const sent = await postImportFile<BatchResult>('/api/cases/import-write-ups', file, { campaign })
      const answer: BatchResult = sent.ok ? sent.answer : { ok: false, error: `${sent.message}该文件未导入。` }
      all.push(...(answer.ok ? answer.files : [{ file: file.name, status: 'refused' as const, message: answer.error }]))
      setReports([...all])
    }
    setProgress(undefined)
    const count = (status: BatchFileReport['status']) => all.filter((r) => r.status === status).length
    setSummary(
      `共 ${all.length} 个 Word 文件：已导入 ${count('filled')} 个，超出字数 ${count('overLimit')} 个，未匹配 ${count('unmatched')} 个，被拒绝 ${count('refused')} 个。` +
        (count('filled') < all.length ? '未导入的文件没有改动任何案例，修改后可再次上传。' : '请到各案例中核对后发布。'),
    )
  }

  return (
    <>
      <form onSubmit={submit}>
        <label style={field}>
          <span>征集评选活动（必选）</span>
          <select name="campaign" required style={input} defaultValue="">
            <option value="">请选择</option>
            {props.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          <span>Word 文件（可多选 .docx，或选择一个 .zip 压缩包，每个不超过 10 MB）</span>
          <input
            name="files"
            type="file"
            multiple
            required
            accept=".docx,.zip,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            style={input}
          />
        </label>
        <Button type="submit" disabled={Boolean(progress)}>
          {progress ? '正在导入…' : '导入 Word 文件'}
        </Button>
      </form>
      <div aria-live="polite">
        {progress && <p role="status">{progress}</p>}
        {summary && <p role="status">{summary}</p>}
      </div>
      {reports.length > 0 && (
        <table style={{ borderCollapse: 'collapse', marginTop: '1rem' }}>
          <caption style={{ textAlign: 'left' }}>逐个文件的结果</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                文件
              </th>
              <th scope="col" style={cell}>
                结果
              </th>
              <th scope="col" style={cell}>
                案例
              </th>
              <th scope="col" style={cell}>
                说明
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r, i) => (
              <tr key={`${r.file}-${i}`} data-status={r.status}>
                <td style={cell}>{r.file}</td>
                <td style={{ ...cell, ...(r.status === 'filled' ? {} : errorText) }}>{statusLabels[r.status]}</td>
                <td style={cell}>{r.case ? <a href={`/admin/collections/cases/${r.case.id}`}>{r.case.title}</a> : '—'}</td>
                <td style={cell}>
                  {r.message && <p style={{ margin: 0 }}>{r.message}</p>}
                  {r.summary?.problems.map((p) => (
                    <p key={p} style={{ margin: 0, ...errorText }}>
                      {p}
                    </p>
                  ))}
                  {r.status === 'filled' && r.summary && (
                    <p style={{ margin: 0 }}>
                      {r.summary.sections
                        .filter((s) => s.found)
                        .map((s) => `${s.heading} ${s.length} 字`)
                        .join('，')}
                      {r.case?.imagesAdded ? `；图片 ${r.case.imagesAdded} 张` : ''}
                      {r.case?.honoursAdded ? `；荣誉 ${r.case.honoursAdded} 条` : ''}
                      {r.case?.pressAdded ? `；报道 ${r.case.pressAdded} 条` : ''}
                    </p>
                  )}
                  {(r.status === 'filled' || r.status === 'overLimit') &&
                    r.summary?.warnings.map((w) => (
                      <p key={w} style={{ margin: 0, ...warningText }}>
                        {w}
                      </p>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
