/**
 * Every searchable page's record, from the CMS data: the collection read as
 * the content loaders read it, the site data and views the pages render from,
 * and the record functions the pages mark their data-pagefind-* with.
 */
import { pathToFileURL } from 'node:url'

import { env } from '../../../cms/env'
import { toBrandView } from '../../lib/brandView'
import { brandSearchRecord, caseSearchRecord, type SearchRecord } from '../../lib/search/record'
import { siteDataOf } from '../../lib/siteData'
import { collectionsOf } from '../../lib/siteData/collections'
import { readCmsEntries } from '../../lib/siteData/readCms'

/** `scratchDir` holds what the case loader keeps beside its store (write-ups); `site` is the public URL, as Astro's config has it. */
export async function readSearchRecords(scratchDir: string, site = env.siteUrl()): Promise<SearchRecord[]> {
  const data = siteDataOf(site, collectionsOf(await readCmsEntries(pathToFileURL(`${scratchDir}/`))))
  return [...data.cases.map((c) => caseSearchRecord(data.caseView(c))), ...data.brands.map((b) => brandSearchRecord(toBrandView(b, data)))]
}
