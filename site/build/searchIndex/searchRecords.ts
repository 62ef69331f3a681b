/**
 * Every searchable page's record, from the CMS data: the collection read as
 * the content loaders read it, the site data and views the pages render from,
 * and the record functions the pages mark their data-pagefind-* with.
 */
import { pathToFileURL } from 'node:url'

import { env } from '../../../cms/env'
import { toBrandView } from '../../lib/brandView'
import { brandSearchRecord, caseSearchRecord, type SearchRecord } from '../../lib/search/record'
import { siteDataOf, type SiteData } from '../../lib/siteData'
import { collectionsOf } from '../../lib/siteData/collections'
import { readCmsEntries, type CmsMemory } from '../../lib/siteData/readCms'

/**
 * The site data the pages render from, read from the CMS as the content loaders read it.
 * `scratchDir` holds what the case loader keeps beside its store (write-ups); `site` is the public URL, as Astro's config has it;
 * `memory`, the loaders' stores from the last read, if this process read before (only what changed since is read again);
 * `info`, what the loaders report.
 */
export async function readSiteData(scratchDir: string, site = env.siteUrl(), memory?: CmsMemory, info?: (line: string) => void): Promise<SiteData> {
  return siteDataOf(site, collectionsOf(await readCmsEntries(pathToFileURL(`${scratchDir}/`), memory, info)))
}

export function searchRecordsOf(data: SiteData): SearchRecord[] {
  return [...data.cases.map((c) => caseSearchRecord(data.caseView(c))), ...data.brands.map((b) => brandSearchRecord(toBrandView(b, data)))]
}

export const readSearchRecords = async (...args: Parameters<typeof readSiteData>): Promise<SearchRecord[]> => searchRecordsOf(await readSiteData(...args))
