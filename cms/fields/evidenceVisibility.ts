import type { RadioField, RadioFieldValidation } from 'payload'

import { evidenceVisibilities, options } from '../domain'

/** The 佐证 list whose entries would contradict a file marked `visibility`. */
const contradicting = {
  public: { field: 'privateEvidence.file', list: '不公开的佐证' },
  private: { field: 'evidence.file', list: '公开的佐证' },
} as const

/**
 * A file keeps the mark the cases using it rely on: making a file public that
 * a case lists as 不公开的佐证 would open it to anyone, and making one private
 * that a case shows would break its page. The editor is told how many cases.
 */
const keepsCasesConsistent: RadioFieldValidation = async (value, { id, req }) => {
  if (value !== 'public' && value !== 'private') return '请选择公开或不公开。'
  if (id === undefined) return true
  const { field, list } = contradicting[value]
  const { totalDocs } = await req.payload.count({ collection: 'cases', where: { [field]: { equals: id } }, req, overrideAccess: true })
  if (totalDocs === 0) return true
  return `有 ${totalDocs} 个案例把这个文件列在“${list}”中，不能改为${value === 'public' ? '公开' : '不公开'}。请先在这些案例中把该条移到另一组，或换用别的文件。`
}

/** 公开 / 不公开: whether anyone, or only logged-in editors, may read the file and its bytes. */
export const evidenceVisibilityField: RadioField = {
  name: 'visibility',
  label: '是否公开',
  type: 'radio',
  required: true,
  options: options(evidenceVisibilities),
  validate: keepsCasesConsistent,
  admin: {
    layout: 'horizontal',
    description: '公开：可显示在案例页面上，任何人可下载。不公开：只有登录的编辑能打开，不会出现在网站、开放数据和接口中。',
  },
}
