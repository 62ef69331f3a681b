import { termCollection } from './termCollection'

/** 领域: the fields of grassroots Party building a case belongs to. */
export const PartyFields = termCollection({
  slug: 'party-fields',
  label: '领域',
  description: '基层党建的领域。每个领域有一个分类页；在活动的“征集领域”和案例中选用。',
  usedBy: [
    { collection: 'cases', fields: ['field'], label: '案例' },
    { collection: 'campaigns', fields: ['fields'], label: '征集评选活动' },
  ],
})
