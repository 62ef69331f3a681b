import type { APIRoute } from 'astro'

import { caseRows } from '../../lib/openData'
import { getSiteData } from '../../lib/siteData'
import { statsCsv } from '../../lib/stats/statsCsv'
import { statsPage } from '../../lib/stats/statsPage'

/** The numbers of /stats/, as its page shows them. */
export const GET: APIRoute = async ({ site }) =>
  new Response(statsCsv(statsPage(caseRows(await getSiteData(site), String(site)), 'overall').tables), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })
