import { publicityListKinds, options } from '../../domain'
import { holidaySource } from '../../domain/workingDays'
import { campaignField, documentNumberField, entryListCollection, issuerField } from '../entryList'
import { computePeriod } from './hooks/computePeriod'

/**
 * 公示: the proposed list of a campaign (拟表彰名单 / 拟推荐名单), open for
 * objections for a number of 工作日 (seed 000's 公示 step; seed 004's 5 个工作日).
 */
export const PublicityNotices = entryListCollection({
  slug: 'publicity-notices',
  labels: { singular: '公示', plural: '公示' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'periodStart', 'periodEnd', '_status'],
    group: '活动进程',
    description: '拟表彰或拟推荐名单的公示：名单、公示期（按工作日推算）和公开的异议受理渠道。可在“发布”按钮旁的菜单中定时发布。',
  },
  defaultSort: '-periodStart',
  titleExample: '如“关于……拟表彰名单的公示”',
  beforeChange: [computePeriod],
  fields: [
    {
      type: 'row',
      fields: [
        campaignField,
        { name: 'listKind', label: '名单类别', type: 'select', required: true, defaultValue: 'commend', options: options(publicityListKinds) },
      ],
    },
    {
      type: 'row',
      fields: [issuerField, documentNumberField],
    },
    { name: 'intro', label: '公示说明', type: 'textarea', maxLength: 2000, admin: { description: '公示的依据和要求，显示在名单之前。' } },
    {
      type: 'collapsible',
      label: '公示期',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'periodStart',
              label: '开始日期',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } },
            },
            {
              name: 'workingDays',
              label: '工作日数',
              type: 'number',
              required: true,
              defaultValue: 5,
              min: 1,
              max: 60,
              admin: { description: '如“公示5个工作日”' },
            },
            {
              name: 'periodEnd',
              label: '截止日期（自动推算）',
              type: 'date',
              admin: {
                readOnly: true,
                date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
                description: '保存时按工作日推算：跳过周末和法定节假日，调休上班日计入。',
              },
            },
          ],
        },
        {
          name: 'holidayData',
          label: '节假日数据',
          type: 'text',
          admin: { readOnly: true, description: `推算所用的节假日数据；当前为 ${holidaySource}。` },
        },
      ],
    },
    {
      name: 'objectionChannel',
      label: '异议受理渠道（公开）',
      type: 'group',
      admin: {
        description: '这里填写的内容会在公示页面上公开显示。请填写受理部门的办公电话、邮箱或地址，不要填写个人手机号或案例的联系人。',
      },
      fields: [
        { name: 'office', label: '受理部门', type: 'text', required: true, maxLength: 120 },
        {
          type: 'row',
          fields: [
            { name: 'phone', label: '受理电话（公开）', type: 'text', maxLength: 60 },
            { name: 'email', label: '受理邮箱（公开）', type: 'email' },
          ],
        },
        { name: 'address', label: '来信地址（公开）', type: 'text', maxLength: 200 },
      ],
    },
  ],
  list: {
    tierLabel: '拟评等次',
    description: '保存时若名单为空，自动列入本活动已评定等次的全部案例（按等次和序号排序），之后可增删调整。案例的联系人等内部信息不会出现在公示中。',
  },
})
