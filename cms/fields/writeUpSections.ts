import type { Field } from 'payload'

import { sectionHeadings, sectionKeys } from '../domain'
import { writeUpEditor } from './richTextEditor'
import { safeRichText } from './safeRichText'

/** 正文: the write-up sections of a case, each rich text, checked against the campaign's limits. */
export const writeUpSectionsField: Field = {
  name: 'sections',
  label: '正文',
  type: 'group',
  admin: {
    description: '各部分字数按评审习惯统计（汉字和标点各计 1 字，连续的英文或数字计 1 字），上限由所属活动规定。',
  },
  fields: sectionKeys.map((key) => ({
    name: key,
    label: sectionHeadings[key],
    type: 'richText' as const,
    editor: writeUpEditor,
    validate: safeRichText,
  })),
}
