import type { Field } from 'payload'

import { privateField } from './privateField'

/** 联系人: people's names, phones and e-mails are private everywhere. */
export const contactsField: Field = privateField({
  name: 'contacts',
  label: '联系人',
  type: 'array',
  labels: { singular: '联系人', plural: '联系人' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: '姓名', type: 'text', required: true, maxLength: 40 },
        { name: 'phone', label: '联系电话', type: 'text', maxLength: 60 },
        { name: 'email', label: '电子邮箱', type: 'email' },
      ],
    },
    { name: 'organisation', label: '所在单位或部门', type: 'text', maxLength: 120 },
  ],
})

export const reviewNotesField: Field = privateField({
  name: 'reviewNotes',
  label: '评审意见与内部备注',
  type: 'textarea',
  maxLength: 5000,
})
