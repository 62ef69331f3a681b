import {
  BlockquoteFeature,
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnderlineFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionSlug, TextFieldSingleValidation } from 'payload'

import { safeUrl } from '../utilities/safeUrl'

/** The collections an internal link may point at (the site has a page for each). */
export const linkableCollections: CollectionSlug[] = ['cases', 'campaigns', 'brands', 'features']

/** The sub-heading levels write-ups use. */
export const writeUpHeadingTags = ['h3', 'h4'] as const

// Lexical's own check only refuses URLs with spaces; this one refuses javascript:, data: and the like, in Chinese.
const linkUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (!value) return '请填写链接地址。'
  return safeUrl(value)
}

/**
 * The features of write-ups and prefaces: the structure the seeds' template uses
 * (sub-headings, lists, tables, emphasis, links) and nothing that carries raw HTML.
 * Tables are Payload's experimental feature (3.x): Word write-ups carry them, and
 * flattening one into a paragraph per cell loses its meaning.
 */
export const writeUpFeatures = () => [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: [...writeUpHeadingTags] }),
  BoldFeature(),
  ItalicFeature(),
  UnderlineFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  EXPERIMENTAL_TableFeature(),
  LinkFeature({
    enabledCollections: linkableCollections,
    fields: ({ defaultFields }) => defaultFields.map((field) => (field.name === 'url' ? { ...field, validate: linkUrl } : field)) as typeof defaultFields,
  }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
]

/** The editor for write-ups and prefaces. */
export const writeUpEditor = lexicalEditor({ features: writeUpFeatures })
