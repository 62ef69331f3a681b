import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

import { cmsLoaders, siteSettingsLoader } from './lib/payloadLoader'

/**
 * Everything the site shows comes from the CMS, read once per build as an
 * anonymous visitor (see lib/payloadLoader.ts); documents keep Payload's own
 * shape, typed by cms/payload-types.ts. The MDX pages come from content/pages.
 */
export const collections = {
  cases: defineCollection({ loader: cmsLoaders.cases }),
  campaigns: defineCollection({ loader: cmsLoaders.campaigns }),
  publicityNotices: defineCollection({ loader: cmsLoaders.publicityNotices }),
  resultLists: defineCollection({ loader: cmsLoaders.resultLists }),
  features: defineCollection({ loader: cmsLoaders.features }),
  brands: defineCollection({ loader: cmsLoaders.brands }),
  units: defineCollection({ loader: cmsLoaders.units }),
  caseTypes: defineCollection({ loader: cmsLoaders.caseTypes }),
  partyFields: defineCollection({ loader: cmsLoaders.partyFields }),
  themes: defineCollection({ loader: cmsLoaders.themes }),
  awardTiers: defineCollection({ loader: cmsLoaders.awardTiers }),
  settings: defineCollection({ loader: siteSettingsLoader() }),
  media: defineCollection({
    loader: cmsLoaders.media,
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
    loader: cmsLoaders.evidenceImages,
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
    loader: cmsLoaders.evidenceDocuments,
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
