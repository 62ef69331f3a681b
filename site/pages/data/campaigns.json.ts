import type { APIRoute } from 'astro'

import { buildDay } from '../../lib/buildDay'
import { campaignsJson } from '../../lib/campaignOpenData'
import { getSiteData } from '../../lib/siteData'

export const GET: APIRoute = async ({ site }) =>
  new Response(campaignsJson(await getSiteData(site), String(site), buildDay()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
