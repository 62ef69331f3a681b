import type { APIRoute, GetStaticPaths } from 'astro'

import { campaignsWithEntries } from '../../../lib/huibian'
import { caseRows } from '../../../lib/openData'
import { getSiteData } from '../../../lib/siteData'
import { statsCsv } from '../../../lib/stats/statsCsv'
import { rowsOfCampaign, statsPage } from '../../../lib/stats/statsPage'

/** The numbers of a campaign's 统计 page, as the page shows them. */
export const getStaticPaths = (async () => {
  const data = await getSiteData(import.meta.env.SITE)
  const rows = caseRows(data, String(import.meta.env.SITE))
  return campaignsWithEntries(data).map((campaign) => ({
    params: { campaign: campaign.slug! },
    props: { csv: statsCsv(statsPage(rowsOfCampaign(rows, campaign.slug!), 'campaign').tables) },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
