'use client'

import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { awardTally, inQuotes, labelOf, quotaRoundingOf, quotaRoundings, schemeTiers, type AwardScheme } from '../domain'
import { useTerms } from './useTerms'

type Unit = { name?: string; shortName?: string | null }
type Row = {
  id: number | string
  title: string
  sequence?: number | null
  submittedSequence?: number | null
  awardTier?: string | null
  _status?: string
  unit?: Unit | number | null
}
type Confirmation = {
  confirmedAt?: string
  confirmedBy?: { email?: string; name?: string | null } | number | null
  summary?: string
  counts?: Record<string, number>
}
type CampaignAwards = { awardScheme?: AwardScheme; quotaRounding?: string | null; quotaConfirmations?: Confirmation[] }

const cell: React.CSSProperties = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
const warn: React.CSSProperties = { color: 'var(--theme-error-500)' }

const who = (c: Confirmation) => (typeof c.confirmedBy === 'object' && c.confirmedBy ? c.confirmedBy.name || c.confirmedBy.email : '管理员')
const when = (iso?: string) =>
  iso ? new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeStyle: 'short', hour12: false, timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : ''

/**
 * 评奖: the campaign's entries by 编号, each with an award tier from the
 * campaign's own scheme set in one click, and each tier's count against its
 * quota (with the rounding shown). Over quota, an admin confirms before the
 * list and the 汇编 can be published; the confirmation is recorded.
 */
export function AwardTiersPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const [rows, setRows] = useState<Row[]>()
  const [campaign, setCampaign] = useState<CampaignAwards>({})
  const awardTiers = useTerms('award-tiers') ?? []

  const load = useCallback(async () => {
    if (!id) return
    const [cases, doc] = await Promise.all([
      fetch(`/api/cases?where[campaign][equals]=${id}&draft=true&limit=0&depth=1&sort=sequence`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`/api/campaigns/${id}?draft=true&depth=1`, { credentials: 'include' }).then((r) => r.json()),
    ])
    setRows(cases.docs as Row[])
    setCampaign(doc as CampaignAwards)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p>保存活动后，可在这里为其案例评定奖项。</p>
  if (!rows) return <p>正在载入本活动的案例…</p>

  const scheme = campaign.awardScheme ?? []
  const rounding = quotaRoundingOf(campaign.quotaRounding)
  const offered = schemeTiers(scheme) ?? awardTiers.map((t) => t.value as string)

  const setTier = async (row: Row, tier: string) => {
    const draft = row._status === 'draft' ? '?draft=true' : ''
    const response = await fetch(`/api/cases/${row.id}${draft}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ awardTier: tier || null }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
      const messages = body.errors?.flatMap((e) => e.data?.errors?.map((d) => d.message) ?? [e.message])
      toast.error(messages?.join('；') || '保存失败。')
      return
    }
    toast.success(`已将${inQuotes(row.title)}设为${tier ? labelOf(awardTiers, tier) : '未评奖'}。`)
    setRows((current) => current?.map((r) => (r.id === row.id ? { ...r, awardTier: tier || null } : r)))
  }

  const confirm = async () => {
    const response = await fetch(`/api/campaigns/${id}/confirm-over-quota`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    if (response.ok) toast.success(body.message ?? '已记录确认。')
    else toast.error(body.message ?? '确认失败。')
    await load()
  }

  const tally = awardTally(
    rows.map((r) => r.awardTier),
    scheme,
    rounding,
    awardTiers,
  )
  const latest = campaign.quotaConfirmations?.at(-1)
  const unconfirmed = tally.filter((t) => t.exceeded && (latest?.counts?.[t.tier] ?? -1) < t.count)
  const isAdmin = user?.role === 'admin'
  return (
    <section aria-labelledby="award-panel-title" style={{ margin: '1rem 0 2rem' }}>
      <h3 id="award-panel-title">评定奖项（共 {rows.length} 个申报案例）</h3>
      {tally.length > 0 && (
        <>
          <p style={{ margin: '0 0 0.5rem' }}>
            名额按申报数的比例计算，非整数时{quotaRoundings.find((r) => r.value === rounding)!.label}（可在“名额与奖项”中修改取整方式）。
          </p>
          <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
            <thead>
              <tr>
                <th style={cell} scope="col">
                  等次
                </th>
                <th style={cell} scope="col">
                  已评
                </th>
                <th style={cell} scope="col">
                  名额
                </th>
                <th style={cell} scope="col">
                  状态
                </th>
              </tr>
            </thead>
            <tbody>
              {tally.map((t) => (
                <tr key={t.tier}>
                  <td style={cell}>{labelOf(awardTiers, t.tier)}</td>
                  <td style={cell}>{t.count}</td>
                  <td style={cell} data-quota={t.tier}>
                    {t.describeLimit}
                  </td>
                  <td style={{ ...cell, ...(t.exceeded ? warn : {}) }}>{t.exceeded ? `超出 ${t.count - t.allowed} 个` : '未超出'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {unconfirmed.length > 0 && (
        <div role="alert" style={{ border: '1px solid var(--theme-error-400)', borderRadius: 4, padding: '0.6rem 0.9rem', marginBottom: '1rem' }}>
          <p style={{ margin: 0, ...warn }}>
            {unconfirmed.map((t) => `${labelOf(awardTiers, t.tier)}超出名额 ${t.count - t.allowed} 个`).join('；')}
            。超出名额的获奖名单和汇编须经管理员确认后才能发布。
          </p>
          {isAdmin ? (
            <Button buttonStyle="secondary" size="small" onClick={() => void confirm()}>
              确认超出名额并允许发布
            </Button>
          ) : (
            <p style={{ margin: '0.35rem 0 0' }}>请联系管理员确认。</p>
          )}
        </div>
      )}
      {latest && (
        <p data-quota-confirmation>
          {when(latest.confirmedAt)}，{who(latest)}已确认超出名额：{latest.summary}。{unconfirmed.length > 0 ? '此后数量又有增加，需要重新确认。' : ''}
        </p>
      )}
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell} scope="col">
              编号
            </th>
            <th style={cell} scope="col">
              案例名称
            </th>
            <th style={cell} scope="col">
              申报单位（报送序号）
            </th>
            <th style={cell} scope="col">
              状态
            </th>
            <th style={cell} scope="col">
              奖项等次
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const unit = typeof row.unit === 'object' && row.unit ? (row.unit.shortName ?? row.unit.name) : ''
            return (
              <tr key={row.id}>
                <td style={cell}>{row.sequence ?? ''}</td>
                <td style={cell}>
                  <a href={`/admin/collections/cases/${row.id}`}>{row.title}</a>
                </td>
                <td style={cell}>
                  {unit}
                  {row.submittedSequence != null ? `（第 ${row.submittedSequence} 号）` : ''}
                </td>
                <td style={cell}>{row._status === 'published' ? '已发布' : '草稿'}</td>
                <td style={cell}>
                  <select aria-label={`${inQuotes(row.title)}的奖项等次`} value={row.awardTier ?? ''} onChange={(e) => void setTier(row, e.target.value)}>
                    <option value="">未评奖</option>
                    {awardTiers
                      .filter((t) => offered.includes(t.value) || t.value === row.awardTier)
                      .map((t) => (
                        <option key={t.value} value={t.value}>
                          {t.label}
                        </option>
                      ))}
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
