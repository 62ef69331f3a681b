import type { APIRoute } from 'astro'

import { casesJson } from '../../lib/openData'
import { getSiteData } from '../../lib/siteData'

export const GET: APIRoute = async ({ site }) =>
  new Response(casesJson(await getSiteData(site), String(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
