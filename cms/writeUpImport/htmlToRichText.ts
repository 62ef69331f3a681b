import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { SanitizedConfig } from 'payload'

import type { LexicalDocument } from '../domain'
import { writeUpFeatures } from '../fields/richTextEditor'

const editorConfigs = new WeakMap<SanitizedConfig, Promise<SanitizedServerEditorConfig>>()

/** The write-up editor's own config (cms/fields/richTextEditor.ts), built once per Payload config. */
function writeUpEditorConfig(config: SanitizedConfig): Promise<SanitizedServerEditorConfig> {
  let editorConfig = editorConfigs.get(config)
  if (!editorConfig) {
    editorConfig = editorConfigFactory.fromFeatures({ config, features: writeUpFeatures })
    editorConfigs.set(config, editorConfig)
  }
  return editorConfig
}

/** HTML as the write-up editor's rich text, by Payload's HTML → Lexical converter, with the editor's features. */
export async function htmlToRichText(html: string, config: SanitizedConfig): Promise<LexicalDocument> {
  return convertHTMLToLexical({ editorConfig: await writeUpEditorConfig(config), html, JSDOM }) as unknown as LexicalDocument
}
