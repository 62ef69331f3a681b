'use client'

import { toast, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { awardTiers, labelOf } from '../domain'
import { awardTally, type AwardScheme } from '../domain/awardTally'

type Row = { id: number | string; title: string; sequence?: number | null; awardTier?: string | null; _status?: string; unit?: { name?: string; shortName?: string | null } | number | null }

const cell: React.CSSProperties = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }

/**
 * 评奖: the campaign's entries with an award tier each, set in one click, and
 * each tier's count against the campaign's award shares.
 */
export function AwardTiersPanel() {
  const { id } = useDocumentInfo()
  const [rows, setRows] = useState<Row[]>()
  const [scheme, setScheme] = useState<AwardScheme>([])

  const load = useCallback(async () => {
    if (!id) return
    const [cases, campaign] = await Promise.all([
      fetch(`/api/cases?where[campaign][equals]=${id}&draft=true&limit=0&depth=1&sort=sequence`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`/api/campaigns/${id}?draft=true&depth=0`, { credentials: 'include' }).then((r) => r.json()),
    ])
    setRows(cases.docs as Row[])
    setScheme((campaign.awardScheme ?? []) as AwardScheme)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p>保存活动后，可在这里为其案例评定奖项。</p>
  if (!rows) return <p>正在载入本活动的案例…</p>

  const setTier = async (row: Row, tier: string) => {
    const draft = row._status === 'draft' ? '?draft=true' : ''
    const response = await fetch(`/api/cases/${row.id}${draft}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ awardTier: tier || null }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      toast.error(body.errors?.map((e) => e.message).join('；') || '保存失败。')
      return
    }
    toast.success(`已将“${row.title}”设为${tier ? labelOf(awardTiers, tier) : '未评奖'}。`)
    setRows((current) => current?.map((r) => (r.id === row.id ? { ...r, awardTier: tier || null } : r)))
  }

  const tally = awardTally(rows.map((r) => r.awardTier), scheme)
  return (
    <section aria-labelledby="award-panel-title" style={{ margin: '1rem 0 2rem' }}>
      <h3 id="award-panel-title">评定奖项（共 {rows.length} 个申报案例）</h3>
      {tally.length > 0 && (
        <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
          <thead>
            <tr>
              <th style={cell} scope="col">等次</th>
              <th style={cell} scope="col">已评</th>
              <th style={cell} scope="col">名额</th>
              <th style={cell} scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {tally.map((t) => (
              <tr key={t.tier}>
                <td style={cell}>{labelOf(awardTiers, t.tier)}</td>
                <td style={cell}>{t.count}</td>
                <td style={cell}>{t.describeLimit}</td>
                <td style={{ ...cell, color: t.exceeded ? 'var(--theme-error-500)' : undefined }}>
                  {t.exceeded ? `超出 ${t.count - t.allowed} 个` : '未超出'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell} scope="col">序号</th>
            <th style={cell} scope="col">案例名称</th>
            <th style={cell} scope="col">单位</th>
            <th style={cell} scope="col">状态</th>
            <th style={cell} scope="col">奖项等次</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td style={cell}>{row.sequence ?? ''}</td>
              <td style={cell}>
                <a href={`/admin/collections/cases/${row.id}`}>{row.title}</a>
              </td>
              <td style={cell}>{typeof row.unit === 'object' && row.unit ? (row.unit.shortName ?? row.unit.name) : ''}</td>
              <td style={cell}>{row._status === 'published' ? '已发布' : '草稿'}</td>
              <td style={cell}>
                <select aria-label={`“${row.title}”的奖项等次`} value={row.awardTier ?? ''} onChange={(e) => void setTier(row, e.target.value)}>
                  <option value="">未评奖</option>
                  {awardTiers.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
