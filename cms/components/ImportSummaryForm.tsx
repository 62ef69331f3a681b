'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postImportFile } from './postImportFile'

type Option = { id: number | string; label: string; region?: string | null }
type RowError = { row: number; column: string; message: string }
type Candidate = { id: number | string; name: string; region?: string | null }
type Result =
  | {
      ok: true
      created: number
      alreadyImported: number
      unitsCreated: number
      rows: number
      drafts: { id: number | string; title: string; number?: number | null }[]
    }
  | { ok: false; errors: RowError[]; ambiguousUnits?: { text: string; rows: number[]; candidates: Candidate[] }[]; unknownUnits?: string[] }
type NewUnitAnswer = { name?: string; level?: string; region?: string }

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

/** Which campaign-region names a table's unit column may mean; the editor answers before anything is written. */
export function ImportSummaryForm(props: { campaigns: Option[]; units: Option[]; unitLevels: { value: string; label: string }[] }) {
  const [campaign, setCampaign] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result>()
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [newUnits, setNewUnits] = useState<Record<string, NewUnitAnswer>>({})
  const campaignRegion = props.campaigns.find((c) => String(c.id) === campaign)?.region ?? ''

  const answer = (text: string, key: keyof NewUnitAnswer, value: string) =>
    setNewUnits((current) => ({ ...current, [text]: { ...current[text], [key]: value } }))

  const submit = async (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const sent = await postImportFile<Result>('/api/cases/import-summary', form.get('file') as File, {
      campaign: form.get('campaign'),
      unit: form.get('unit') || undefined,
      newUnitLevel: form.get('newUnitLevel') || undefined,
      newUnitRegion: form.get('newUnitRegion') || undefined,
      choices,
      newUnits,
    })
    setBusy(false)
    const next: Result = sent.ok ? sent.answer : { ok: false, errors: [{ row: 0, column: '', message: sent.message }] }
    setResult(next)
    if (next.ok) {
      setChoices({})
      setNewUnits({})
    }
  }

  const ambiguous = result && !result.ok ? (result.ambiguousUnits ?? []) : []
  const unknown = result && !result.ok ? (result.unknownUnits ?? []) : []

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
          {campaignRegion && <small>表中的单位简称只匹配本活动地区（{campaignRegion}）内的单位。</small>}
        </label>
        <label style={field}>
          <span>汇总表文件（CSV 或 XLSX，必选）</span>
          <input
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            style={input}
          />
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
        <fieldset style={{ ...field, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}>
          <legend>表中新单位的层级和地区（新建单位时必填，用于检查申报名额；也可在下方逐个填写）</legend>
          <label style={{ display: 'grid', gap: '0.35rem' }}>
            <span>层级</span>
            <select name="newUnitLevel" style={input} defaultValue="">
              <option value="">（逐个填写）</option>
              {props.unitLevels.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: '0.35rem' }}>
            <span>地区（如 福州市）</span>
            <input name="newUnitRegion" style={input} maxLength={40} />
          </label>
        </fieldset>

        {ambiguous.length > 0 && (
          <fieldset style={{ ...field, maxWidth: '48rem', border: '1px solid var(--theme-warning-400, #e0a030)', borderRadius: 4, padding: '0.75rem 1rem' }}>
            <legend>核对单位：以下名称对应多个单位，请选定（导入不会替您选择）</legend>
            {ambiguous.map((a) => (
              <label key={a.text} style={{ display: 'grid', gap: '0.35rem', marginBottom: '0.75rem' }}>
                <span>
                  “{a.text}”（第 {a.rows.join('、')} 行）
                </span>
                <select style={input} value={choices[a.text] ?? ''} onChange={(e) => setChoices((c) => ({ ...c, [a.text]: e.target.value }))}>
                  <option value="">请选择</option>
                  {a.candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.region ? `（${c.region}）` : ''}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )}

        {unknown.length > 0 && (
          <fieldset style={{ ...field, maxWidth: '56rem', border: '1px solid var(--theme-warning-400, #e0a030)', borderRadius: 4, padding: '0.75rem 1rem' }}>
            <legend>新建单位：以下名称不是已有单位，请填写全称、层级和地区（必填），或在表中改写为已有单位的全称</legend>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell} scope="col">
                    表中名称（规范简称）
                  </th>
                  <th style={cell} scope="col">
                    单位全称
                  </th>
                  <th style={cell} scope="col">
                    层级
                  </th>
                  <th style={cell} scope="col">
                    地区
                  </th>
                </tr>
              </thead>
              <tbody>
                {unknown.map((text) => (
                  <tr key={text}>
                    <td style={cell}>{text}</td>
                    <td style={cell}>
                      <input
                        aria-label={`“${text}”的全称`}
                        style={input}
                        maxLength={120}
                        placeholder={text}
                        value={newUnits[text]?.name ?? ''}
                        onChange={(e) => answer(text, 'name', e.target.value)}
                      />
                    </td>
                    <td style={cell}>
                      <select
                        aria-label={`“${text}”的层级`}
                        style={input}
                        value={newUnits[text]?.level ?? ''}
                        onChange={(e) => answer(text, 'level', e.target.value)}
                      >
                        <option value="">请选择</option>
                        {props.unitLevels.map((l) => (
                          <option key={l.value} value={l.value}>
                            {l.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td style={cell}>
                      <input
                        aria-label={`“${text}”的地区`}
                        style={input}
                        maxLength={40}
                        placeholder="如 福州市"
                        value={newUnits[text]?.region ?? ''}
                        onChange={(e) => answer(text, 'region', e.target.value)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
        )}

        <Button type="submit" disabled={busy}>
          {busy ? '正在导入…' : ambiguous.length || unknown.length ? '按以上选择重新导入' : '导入'}
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
          <div role="status">
            <p>
              导入完成：共 {result.rows} 行，新建草稿案例 {result.created} 个，新建单位 {result.unitsCreated} 个
              {result.alreadyImported ? `，${result.alreadyImported} 行此前已导入，已跳过` : ''}。请补充正文后发布：
            </p>
            {result.drafts.length > 0 && (
              <>
                <ol>
                  {result.drafts.slice(0, 50).map((d) => (
                    <li key={d.id} value={d.number ?? undefined}>
                      <a href={`/admin/collections/cases/${d.id}`}>{d.title}</a>
                    </li>
                  ))}
                </ol>
                <p>
                  <a href={`/admin/collections/cases?where[_status][equals]=draft&where[campaign][equals]=${campaign}`}>在案例列表中查看本活动的全部草稿</a>
                </p>
              </>
            )}
          </div>
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
