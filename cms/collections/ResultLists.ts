import { campaignField, documentNumberField, entryListCollection, issuerField } from './entryList'

/** 获奖名单: a campaign's result list (seed 000: 获奖名单…同时公布), published on its date. */
export const ResultLists = entryListCollection({
  slug: 'result-lists',
  labels: { singular: '获奖名单', plural: '获奖名单' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'issuedOn', '_status'],
    group: '活动进程',
    description: '活动的获奖（入选）名单，带文号和日期；名单中已发布的案例链接到案例页面。可定时发布。',
  },
  defaultSort: '-issuedOn',
  titleExample: '如“关于公布……获奖名单的通知”',
  fields: [
    campaignField,
    {
      type: 'row',
      fields: [
        issuerField,
        documentNumberField,
        { name: 'issuedOn', label: '发文日期', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } } },
      ],
    },
    { name: 'intro', label: '说明', type: 'textarea', maxLength: 2000 },
  ],
  list: {
    tierLabel: '获奖等次',
    description: '保存时若名单为空，自动列入本活动已评定等次的全部案例；等次取案例的“奖项等次”。只有已发布的案例在网站上带链接。',
  },
})
