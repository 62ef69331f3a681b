import type { APIRoute } from 'astro'

import { casesCsv } from '../../lib/openData'
import { getSiteData } from '../../lib/siteData'

export const GET: APIRoute = async ({ site }) =>
  new Response(casesCsv(await getSiteData(site), String(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
