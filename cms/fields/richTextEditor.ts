import {
  BlockquoteFeature,
  BoldFeature,
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
 * The editor for write-ups and prefaces: the structure the seeds' template uses
 * (sub-headings, lists, emphasis, links) and nothing that carries raw HTML.
 */
export const writeUpEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: [...writeUpHeadingTags] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({
      enabledCollections: linkableCollections,
      fields: ({ defaultFields }) => defaultFields.map((field) => (field.name === 'url' ? { ...field, validate: linkUrl } : field)) as typeof defaultFields,
    }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
