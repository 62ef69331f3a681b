import type { Payload, TypedUser } from 'payload'
import Link from 'next/link'
import React from 'react'

import { env } from '../env'
import { awardTally, awardTiers, labelOf, quotaRoundingOf, type AwardScheme } from '../domain'

type Props = { payload: Payload; user?: TypedUser | null }

// 'idle': no build recorded yet (`npm start` records the one it runs before serving).
const buildStatus: Record<string, string> = { idle: '尚未构建', queued: '排队中', building: '构建中', succeeded: '成功', failed: '失败' }
const cell: React.CSSProperties = { padding: '0.4rem 0.7rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }
const card: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: '1rem 1.25rem', marginBottom: '1.25rem' }

const when = (iso?: string | null) =>
  iso ? new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeStyle: 'short', hour12: false, timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : '—'

const draftsOf = (campaign?: number | string) =>
  `/admin/collections/cases?where[_status][equals]=draft${campaign !== undefined ? `&where[campaign][equals]=${campaign}` : ''}`

/**
 * 工作台: the office's desk above the collection tiles — each campaign's
 * entries, drafts, published and awarded against quota; the drafts waiting;
 * the last site build; and the three things editors come to do.
 */
export async function OfficeDesk({ payload, user }: Props) {
  if (!user) return null
  const [campaigns, cases, site] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
      sort: '-year',
      user,
      overrideAccess: false,
      select: { name: true, shortName: true, year: true, awardScheme: true, quotaRounding: true, _status: true },
    }),
    payload.find({
      collection: 'cases',
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
      user,
      overrideAccess: false,
      select: { campaign: true, awardTier: true, _status: true },
    }),
    payload.findGlobal({ slug: 'site-build', user, overrideAccess: false, depth: 0 }).catch(() => null),
  ])
  const recentDrafts = await payload.find({
    collection: 'cases',
    where: { _status: { equals: 'draft' } },
    sort: '-updatedAt',
    limit: 5,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    select: { title: true, sequence: true, updatedAt: true },
  })

  const rows = campaigns.docs.map((campaign) => {
    const mine = cases.docs.filter((c) => String(typeof c.campaign === 'object' && c.campaign ? c.campaign.id : c.campaign) === String(campaign.id))
    const tally = awardTally(
      mine.map((c) => c.awardTier),
      (campaign.awardScheme ?? []) as AwardScheme,
      quotaRoundingOf(campaign.quotaRounding),
    )
    return {
      campaign,
      entries: mine.length,
      drafts: mine.filter((c) => c._status !== 'published').length,
      published: mine.filter((c) => c._status === 'published').length,
      awarded: mine.filter((c) => c.awardTier && c.awardTier !== 'entered').length,
      quota: tally.length ? tally.reduce((sum, t) => sum + t.allowed, 0) : null,
      exceeded: tally.filter((t) => t.exceeded),
    }
  })
  const draftsWaiting = rows.reduce((sum, r) => sum + r.drafts, 0)
  const latestCampaign = campaigns.docs[0]
  const lastBuildAt = site?.lastFailureAt && (!site.lastSuccessAt || site.lastFailureAt > site.lastSuccessAt) ? site.lastFailureAt : site?.lastSuccessAt
  const siteUrl = env.siteUrl()

  return (
    <section aria-labelledby="office-desk-title" className="office-desk" style={{ marginBottom: '2rem' }}>
      <h2 id="office-desk-title" style={{ marginBottom: '1rem' }}>
        工作台
      </h2>
      <nav aria-label="常用操作" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', marginBottom: '1.25rem' }}>
        <Link className="btn btn--style-primary btn--size-medium" href="/admin/import">
          导入汇总表
        </Link>
        {latestCampaign && (
          <Link className="btn btn--style-secondary btn--size-medium" href={`/admin/collections/campaigns/${latestCampaign.id}`}>
            评定奖项（{latestCampaign.shortName || latestCampaign.name}）
          </Link>
        )}
        <Link className="btn btn--style-secondary btn--size-medium" href="/admin/collections/features/create">
          新建专题
        </Link>
      </nav>

      <div style={card}>
        <h3 style={{ marginTop: 0 }}>各活动进度</h3>
        {rows.length === 0 ? (
          <p>
            还没有征集评选活动。<Link href="/admin/collections/campaigns/create">新建活动</Link>
          </p>
        ) : (
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell} scope="col">
                    活动
                  </th>
                  <th style={cell} scope="col">
                    申报案例
                  </th>
                  <th style={cell} scope="col">
                    草稿
                  </th>
                  <th style={cell} scope="col">
                    已发布
                  </th>
                  <th style={cell} scope="col">
                    已评奖 / 名额
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.campaign.id}>
                    <th style={{ ...cell, fontWeight: 'normal' }} scope="row">
                      <Link href={`/admin/collections/campaigns/${r.campaign.id}`}>
                        {r.campaign.year} {r.campaign.shortName || r.campaign.name}
                      </Link>
                    </th>
                    <td style={cell}>{r.entries}</td>
                    <td style={cell}>{r.drafts > 0 ? <Link href={draftsOf(r.campaign.id)}>{r.drafts}</Link> : 0}</td>
                    <td style={cell}>{r.published}</td>
                    <td style={cell}>
                      {r.awarded}
                      {r.quota !== null ? ` / ${r.quota}` : ''}
                      {r.exceeded.length > 0 && (
                        <span style={{ color: 'var(--theme-error-500)', marginLeft: '0.5rem' }}>
                          {r.exceeded.map((t) => `${labelOf(awardTiers, t.tier)}超出 ${t.count - t.allowed} 个`).join('，')}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <div style={{ display: 'grid', gap: '1.25rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
        <div style={card}>
          <h3 style={{ marginTop: 0 }}>待发布的草稿（{draftsWaiting} 个）</h3>
          {recentDrafts.docs.length === 0 ? (
            <p>没有待处理的草稿。</p>
          ) : (
            <ul style={{ paddingLeft: '1.1rem', margin: 0 }}>
              {recentDrafts.docs.map((d) => (
                <li key={d.id}>
                  <Link href={`/admin/collections/cases/${d.id}`}>{d.title}</Link>
                  <span style={{ color: 'var(--theme-elevation-500)' }}>（{when(d.updatedAt)} 修改）</span>
                </li>
              ))}
            </ul>
          )}
          {draftsWaiting > 0 && (
            <p style={{ marginBottom: 0 }}>
              <Link href={draftsOf()}>查看全部草稿</Link>
            </p>
          )}
        </div>
        <div style={card}>
          <h3 style={{ marginTop: 0 }}>网站构建</h3>
          <p>
            状态：<strong data-build-status={site?.status ?? 'idle'}>{buildStatus[site?.status ?? 'idle'] ?? site?.status}</strong>
            {lastBuildAt ? `，最近一次于 ${when(lastBuildAt)}` : ''}
            {site?.status === 'failed' && site.lastError ? `：${site.lastError.split('\n')[0]}` : ''}
          </p>
          <p style={{ marginBottom: 0 }}>
            <Link href="/admin/globals/site-build">构建详情与日志</Link> ·{' '}
            <a href={`${siteUrl}/`} target="_blank" rel="noreferrer">
              打开公开网站
            </a>
          </p>
        </div>
      </div>
    </section>
  )
}
