'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

type Option = { id: number | string; label: string }
type RowError = { row: number; column: string; message: string }
type Result = { ok: true; created: number; alreadyImported: number; unitsCreated: number; rows: number } | { ok: false; errors: RowError[] }

const field: React.CSSProperties = { display: 'grid', gap: '0.35rem', marginBottom: '1.25rem', maxWidth: '40rem' }
const input: React.CSSProperties = { padding: '0.5rem', font: 'inherit', border: '1px solid var(--theme-elevation-250)', borderRadius: 4, background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }

export function ImportSummaryForm(props: { campaigns: Option[]; units: Option[]; unitLevels: { value: string; label: string }[] }) {
  const [campaign, setCampaign] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result>()

  const submit = async (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = new FormData()
    body.set('file', form.get('file') as File)
    body.set('_payload', JSON.stringify({ campaign: form.get('campaign'), unit: form.get('unit') || undefined, newUnitLevel: form.get('newUnitLevel') || undefined }))
    setBusy(true)
    setResult(undefined)
    try {
      const response = await fetch('/api/cases/import-summary', { method: 'POST', body, credentials: 'include' })
      setResult((await response.json()) as Result)
    } catch {
      setResult({ ok: false, errors: [{ row: 0, column: '', message: '无法连接服务器，请稍后重试。' }] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <form onSubmit={submit}>
        <label style={field}>
          <span>征集评选活动（必选）</span>
          <select name="campaign" required style={input} value={campaign} onChange={(e) => setCampaign(e.target.value)}>
            <option value="">请选择</option>
            {props.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          <span>汇总表文件（CSV 或 XLSX，必选）</span>
          <input name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" style={input} />
        </label>
        <label style={field}>
          <span>填报单位（表中没有“申报单位”列时必选，如省直单位汇总表）</span>
          <select name="unit" style={input} defaultValue="">
            <option value="">（按表中“申报单位”列）</option>
            {props.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          <span>新建单位的层级（用于检查申报名额）</span>
          <select name="newUnitLevel" style={input} defaultValue="">
            <option value="">（不指定）</option>
            {props.unitLevels.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={busy}>
          {busy ? '正在导入…' : '导入'}
        </Button>
        {campaign && (
          <p>
            下载本活动的汇总表（含联系人，仅供编辑使用）：
            <a href={`/api/cases/export-summary?campaign=${campaign}&format=xlsx`}>XLSX</a> ·{' '}
            <a href={`/api/cases/export-summary?campaign=${campaign}&format=csv`}>CSV</a>
          </p>
        )}
      </form>
      <div aria-live="polite">
        {result?.ok && (
          <p role="status">
            导入完成：共 {result.rows} 行，新建草稿案例 {result.created} 个，新建单位 {result.unitsCreated} 个
            {result.alreadyImported ? `，${result.alreadyImported} 行此前已导入，已跳过` : ''}。请到“案例”中补充正文并发布。
          </p>
        )}
        {result && !result.ok && (
          <>
            <p role="alert">文件未导入（没有写入任何内容）。请修改以下问题后重新上传：</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">行</th>
                  <th scope="col">列</th>
                  <th scope="col">问题</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row || '—'}</td>
                    <td>{e.column || '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </>
  )
}
