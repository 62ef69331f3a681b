import type { Field } from 'payload'

import { lexicalToPlainText, sectionHeadings, sectionKeys, usedSections, type CaseCampaignSettings, type SectionKey } from '../domain'
import { writeUpEditor } from './richTextEditor'
import { sectionWithinLimits } from './writeUpLimits'

/**
 * A section shows when the campaign uses it, and always when it has text (so
 * nothing written is hidden). Reads the case's virtual 活动设置.
 */
export function sectionShown(data: { campaignSettings?: unknown; sections?: Partial<Record<SectionKey, unknown>> | null }, key: SectionKey): boolean {
  const settings = data.campaignSettings as CaseCampaignSettings | null | undefined
  if (!settings) return true
  return usedSections(settings.writeUpRules).includes(key) || lexicalToPlainText(data.sections?.[key]) !== ''
}

/** 正文: the write-up sections of a case, each rich text, checked against the campaign's limits. */
export const writeUpSectionsField: Field = {
  name: 'sections',
  label: '正文',
  type: 'group',
  admin: {
    components: { Description: '/components/WriteUpTotal#WriteUpTotal' },
  },
  fields: sectionKeys.map((key) => ({
    name: key,
    label: sectionHeadings[key],
    type: 'richText' as const,
    editor: writeUpEditor,
    validate: sectionWithinLimits(`sections.${key}`),
    admin: {
      condition: (data) => sectionShown(data, key),
      components: {
        afterInput: [{ path: '/components/WordCount#WordCount', clientProps: { target: key } }],
      },
    },
  })),
}
