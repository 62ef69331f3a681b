import { caseKinds, options } from '../../domain'
import { termCollection } from './termCollection'

/** 案例类型: how campaigns sort their entries; each belongs to one kind of entry. */
export const CaseTypes = termCollection({
  slug: 'case-types',
  label: '案例类型',
  description: '各活动可选的案例类型。每个类型有一个分类页；在活动的“类型与标准”中选用。',
  descriptionLabel: '说明与评审侧重',
  defaultColumns: ['label', 'kind', 'slug', '_status'],
  usedBy: [
    { collection: 'cases', fields: ['caseType'], label: '案例' },
    { collection: 'campaigns', fields: ['caseTypes.type', 'quotas.caseType'], label: '征集评选活动' },
  ],
  fields: [
    {
      name: 'kind',
      label: '所属类别',
      type: 'select',
      required: true,
      defaultValue: 'case',
      options: options(caseKinds),
      admin: { description: '这一类型的参评对象是案例、创新项目还是示范点。' },
    },
  ],
})
