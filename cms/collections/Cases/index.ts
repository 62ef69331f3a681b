import type { CollectionConfig } from 'payload'

import { editors } from '../../access/editors'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import type { DocumentId } from '../../domain/documentId'
import { caseKinds, options } from '../../domain'
import { reviewNotesField } from '../../fields/contacts'
import { caseFactsFields } from '../../fields/caseFacts'
import { honoursField } from '../../fields/honours'
import { pressField } from '../../fields/press'
import { privateField } from '../../fields/privateField'
import { seedHashField } from '../../fields/seedHash'
import { slugFields } from '../../fields/slug'
import { termField } from '../../fields/termField'
import { writeUpSectionsField } from '../../fields/writeUpSections'
import { ensureSlug } from '../../hooks/ensureSlug'
import { queueRebuildAfterChange, queueRebuildAfterDelete, rememberWhetherLive } from '../../hooks/queueSiteRebuild'
import { refuseWhileShown } from '../../hooks/refuseWhileShown'
import { requirePublishedReferences } from '../../hooks/requirePublishedReferences'
import { stampPublishedAt } from '../../hooks/stampPublishedAt'
import { exportSummaryEndpoint } from './endpoints/exportSummary'
import { importSummaryEndpoint } from './endpoints/importSummary'
import { importWriteUpEndpoint } from './endpoints/importWriteUp'
import { importWriteUpsEndpoint } from './endpoints/importWriteUps'
import { casePreviewUrl } from '../../domain/urls'
import { env } from '../../env'
import { checkAgainstCampaign } from './hooks/checkAgainstCampaign'
import { assignEntryNumber } from './hooks/assignEntryNumber'
import { requireQuotaConfirmationForCase } from '../../awards/requireQuotaConfirmation'
import { campaignSettingsField } from '../../fields/campaignSettings'
import { abstractWithinLimits } from '../../fields/writeUpLimits'
import { scheduledDrafts } from '../../jobs/scheduledDrafts'
import { publishedAtField } from '../../fields/publishedAt'

/** 案例: an entry of a campaign — an excellent case, an innovation project or a demonstration site. */
export const Cases: CollectionConfig = {
  slug: 'cases',
  labels: { singular: '案例', plural: '案例' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['sequence', 'title', 'unit', 'campaign', 'awardTier', '_status'],
    group: '案例库',
    listSearchableFields: ['title', 'abstract'],
    // The draft as the site will show it, rendered on demand for logged-in editors.
    preview: (doc) => `${env.sitePreviewUrl()}${casePreviewUrl(doc.id as DocumentId)}`,
    components: { edit: { beforeDocumentControls: ['/components/WriteUpGaps#WriteUpGapsBadge'], PreviewButton: '/components/PreviewButton#PreviewButton' } },
  },
  access: {
    read: publishedOrEditors,
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
  // Drafts are validated too, so a refused 保存草稿 keeps its messages on the fields (the admin marks fields only after a validated submit).
  versions: { drafts: { ...scheduledDrafts, validate: true }, maxPerDoc: 50 },
  endpoints: [importSummaryEndpoint, exportSummaryEndpoint, importWriteUpEndpoint, importWriteUpsEndpoint],
  hooks: {
    beforeOperation: [refuseWhileShown([{ collection: 'features', field: 'entries.case', label: '专题' }])],
    beforeChange: [
      ensureSlug('title'),
      checkAgainstCampaign,
      assignEntryNumber,
      requireQuotaConfirmationForCase,
      requirePublishedReferences([
        { path: 'campaign', collection: 'campaigns', label: '所属活动' },
        { path: 'unit', collection: 'units', label: '申报单位' },
        { path: 'coUnits', collection: 'units', label: '参与单位' },
        { path: 'brand', collection: 'brands', label: '党建品牌' },
        { path: 'images.image', collection: 'media', label: '图片' },
        { path: 'evidence.file', collection: 'evidence-files', label: '佐证文件' },
      ]),
      stampPublishedAt,
      rememberWhetherLive,
    ],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  defaultSort: 'sequence',
  fields: [
    { name: 'title', label: '案例名称', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: '类别', type: 'select', required: true, defaultValue: 'case', options: options(caseKinds) },
        {
          name: 'sequence',
          label: '编号',
          type: 'number',
          min: 1,
          index: true,
          admin: { description: '本活动内唯一，新建时自动分配，此后不变；评奖名单、汇总表导出和汇编都用它。' },
        },
      ],
    },
    { name: 'campaign', label: '所属活动', type: 'relationship', relationTo: 'campaigns', required: true, index: true },
    campaignSettingsField,
    {
      type: 'row',
      fields: [
        { name: 'unit', label: '申报（牵头）单位', type: 'relationship', relationTo: 'units', required: true, index: true },
        { name: 'coUnits', label: '参与单位', type: 'relationship', relationTo: 'units', hasMany: true },
        {
          name: 'submittedSequence',
          label: '报送序号',
          type: 'number',
          min: 0,
          admin: { description: '申报单位汇总表中的序号（各单位各自从 1 编起）' },
        },
      ],
    },
    { name: 'coUnitsNote', label: '参与方式说明', type: 'text', maxLength: 200, admin: { description: '如“自主申报”' } },
    {
      type: 'row',
      fields: [
        termField({ name: 'caseType', list: 'caseTypes', index: true, filter: 'campaignCaseTypes' }),
        termField({ name: 'field', list: 'fields', index: true }),
        // Only the tiers the campaign awards (and 参评), as its settings say.
        termField({ name: 'awardTier', list: 'awardTiers', index: true, filter: 'campaignAwardTiers' }),
      ],
    },
    { name: 'focusAreas', label: '重点方向标签', type: 'text', hasMany: true, maxLength: 60 },
    { name: 'brand', label: '党建品牌', type: 'relationship', relationTo: 'brands' },
    {
      type: 'tabs',
      tabs: [
        {
          label: '内容',
          fields: [
            { name: 'importWriteUp', type: 'ui', admin: { components: { Field: '/components/ImportWriteUpPanel#ImportWriteUpPanel' } } },
            { name: 'writeUpGaps', type: 'ui', admin: { components: { Field: '/components/WriteUpGaps#WriteUpGaps' } } },
            {
              name: 'abstract',
              label: '摘要',
              type: 'textarea',
              maxLength: 2000,
              validate: abstractWithinLimits,
              admin: {
                description: '案例情况简介，字数要求由所属活动规定。',
                components: { afterInput: [{ path: '/components/WordCount#WordCount', clientProps: { target: 'abstract' } }] },
              },
            },
            writeUpSectionsField,
          ],
        },
        {
          label: '案例要素',
          description: '实施时间、推广情况、成效数据、经验启示和佐证材料，均为选填；读者最先找的事实显示在案例页顶部。',
          fields: caseFactsFields,
        },
        {
          label: '荣誉与报道',
          fields: [honoursField, pressField],
        },
        {
          label: '图片',
          fields: [
            {
              name: 'images',
              label: '图片',
              type: 'array',
              labels: { singular: '图片', plural: '图片' },
              fields: [
                { name: 'image', label: '图片', type: 'upload', relationTo: 'media', required: true },
                { name: 'caption', label: '图注', type: 'text', maxLength: 200 },
              ],
            },
          ],
        },
        {
          label: '示范点',
          description: '仅示范点填写。',
          fields: [
            {
              name: 'site',
              label: '示范点信息',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'organisation', label: '党组织名称', type: 'text', maxLength: 120 },
                    { name: 'stars', label: '评定星级', type: 'number', min: 1, max: 5 },
                    { name: 'members', label: '党员人数', type: 'number', min: 0 },
                  ],
                },
                privateField({
                  name: 'secretary',
                  label: '党组织书记情况',
                  type: 'group',
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        { name: 'name', label: '姓名', type: 'text', maxLength: 40 },
                        { name: 'gender', label: '性别', type: 'text', maxLength: 4 },
                        { name: 'born', label: '出生年月', type: 'text', maxLength: 20 },
                        { name: 'ethnicity', label: '民族', type: 'text', maxLength: 20 },
                      ],
                    },
                    {
                      type: 'row',
                      fields: [
                        { name: 'education', label: '学历', type: 'text', maxLength: 20 },
                        { name: 'position', label: '行政职务', type: 'text', maxLength: 60 },
                        { name: 'joinedParty', label: '入党时间', type: 'text', maxLength: 20 },
                        { name: 'since', label: '担任书记时间', type: 'text', maxLength: 20 },
                      ],
                    },
                  ],
                }),
              ],
            },
          ],
        },
        {
          label: '关联',
          fields: [
            {
              name: 'sameInitiativeAs',
              label: '其他活动中的同一做法',
              type: 'relationship',
              relationTo: 'cases',
              hasMany: true,
              admin: { description: '同一做法在其他届次或其他活动中的参评记录，用于显示获奖历程。' },
            },
          ],
        },
        {
          label: '内部信息',
          description: '仅编辑可见，不会出现在公开网站和接口中。',
          fields: [
            {
              type: 'row',
              fields: [
                privateField({ name: 'contactPerson', label: '联系人', type: 'text', maxLength: 40 }),
                privateField({ name: 'contactPhone', label: '联系电话', type: 'text', maxLength: 60 }),
              ],
            },
            privateField({ name: 'remarks', label: '备注', type: 'textarea', maxLength: 2000 }),
            reviewNotesField,
          ],
        },
      ],
    },
    ...slugFields(),
    publishedAtField({ index: true }),
    seedHashField,
  ],
}
