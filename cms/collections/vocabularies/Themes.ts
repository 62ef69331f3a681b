import { termCollection } from './termCollection'

/** 重点工作主题: the themes a campaign calls for. */
export const Themes = termCollection({
  slug: 'themes',
  label: '重点工作主题',
  description: '活动征集的重点工作主题，在活动的“类型与标准”中选用。',
  usedBy: [{ collection: 'campaigns', fields: ['themes'], label: '征集评选活动' }],
})
