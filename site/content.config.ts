import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

import { evidenceFilesLoader, mediaLoader, payloadLoader, siteSettingsLoader } from './lib/payloadLoader'

/**
 * Everything the site shows comes from the CMS, read once per build as an
 * anonymous visitor (see lib/payloadLoader.ts); documents keep Payload's own
 * shape, typed by cms/payload-types.ts. The MDX pages come from content/pages.
 */
export const collections = {
  cases: defineCollection({ loader: payloadLoader('cases') }),
  campaigns: defineCollection({ loader: payloadLoader('campaigns') }),
  publicityNotices: defineCollection({ loader: payloadLoader('publicity-notices') }),
  resultLists: defineCollection({ loader: payloadLoader('result-lists') }),
  features: defineCollection({ loader: payloadLoader('features') }),
  brands: defineCollection({ loader: payloadLoader('brands') }),
  units: defineCollection({ loader: payloadLoader('units') }),
  // The 词表 editors own: case types, fields, themes and award tiers.
  caseTypes: defineCollection({ loader: payloadLoader('case-types') }),
  partyFields: defineCollection({ loader: payloadLoader('party-fields') }),
  themes: defineCollection({ loader: payloadLoader('themes') }),
  awardTiers: defineCollection({ loader: payloadLoader('award-tiers') }),
  settings: defineCollection({ loader: siteSettingsLoader() }),
  media: defineCollection({
    loader: mediaLoader(),
    schema: ({ image }) =>
      z.object({
        // A number on SQLite, an ObjectId string on MongoDB.
        id: z.union([z.number(), z.string()]),
        src: image(),
        alt: z.string(),
        caption: z.string().nullable(),
        width: z.number().nullable(),
        height: z.number().nullable(),
        updatedAt: z.string(),
      }),
  }),
  // Public 佐证 files: photos through the image pipeline, documents copied as downloads (pages/evidence).
  evidenceImages: defineCollection({
    loader: evidenceFilesLoader('image'),
    schema: ({ image }) =>
      z.object({
        id: z.union([z.number(), z.string()]),
        src: image(),
        title: z.string(),
        width: z.number().nullable(),
        height: z.number().nullable(),
        updatedAt: z.string(),
      }),
  }),
  evidenceDocuments: defineCollection({
    loader: evidenceFilesLoader('document'),
    schema: z.object({
      id: z.union([z.number(), z.string()]),
      filename: z.string(),
      title: z.string(),
      mimeType: z.string(),
      filesize: z.number(),
      updatedAt: z.string(),
    }),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: z.object({ title: z.string(), description: z.string(), order: z.number().optional() }),
  }),
}
