import { caseKinds, options } from '../../domain'
import { termCollection } from './termCollection'

/** 奖项等次: highest first; their order is the rank the 汇编 and the search sort by. */
export const AwardTiers = termCollection({
  slug: 'award-tiers',
  label: '奖项等次',
  description: '全部奖项等次，按从高到低排列：拖动列表中的行即可调整次序（即等次的高低）。活动在“奖项设置”中选用。',
  defaultColumns: ['label', 'kinds', 'slug', '_status'],
  usedBy: [
    { collection: 'cases', fields: ['awardTier'], label: '案例' },
    { collection: 'campaigns', fields: ['awardScheme.tier'], label: '征集评选活动' },
    { collection: 'publicity-notices', fields: ['entries.tier'], label: '公示' },
    { collection: 'result-lists', fields: ['entries.tier'], label: '获奖名单' },
  ],
  fields: [
    {
      name: 'kinds',
      label: '适用类别',
      type: 'select',
      hasMany: true,
      options: options(caseKinds),
      admin: { description: '留空表示适用于全部类别。' },
    },
  ],
})
