import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrEditors } from '../access/publishedOrEditors'
import { adminLevels, documentKinds, listNames, options, stageKinds, unitLevels } from '../domain'
import { confirmOverQuotaEndpoint } from '../awards/confirmOverQuotaEndpoint'
import { quotaConfirmationsField, quotaRoundingField } from '../awards/quotaFields'
import { requireQuotaConfirmationForCampaign } from '../awards/requireQuotaConfirmation'
import { contactsField, reviewNotesField } from '../fields/contacts'
import { writeUpEditor } from '../fields/richTextEditor'
import { safeRichText } from '../fields/safeRichText'
import { seedHashField } from '../fields/seedHash'
import { slugFields } from '../fields/slug'
import { termField } from '../fields/termField'
import { writeUpRulesField } from '../fields/writeUpRules'
import { ensureSlug } from '../hooks/ensureSlug'
import { queueRebuildAfterChange, queueRebuildAfterDelete, rememberWhetherLive } from '../hooks/queueSiteRebuild'
import { refuseWhileShown } from '../hooks/refuseWhileShown'
import { safeUrl } from '../utilities/safeUrl'

/** 征集评选活动: one campaign of one year, with its rules, awards and provenance. */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: '征集评选活动', plural: '征集评选活动' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'year', 'region', '_status'],
    group: '案例库',
    description: '每一届征集评选活动：类型、评审侧重、名额、奖项、环节、篇幅要求和原始文件。',
  },
  access: {
    read: publishedOrEditors,
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [confirmOverQuotaEndpoint],
  hooks: {
    beforeOperation: [
      refuseWhileShown([
        { collection: 'cases', field: 'campaign', label: '案例' },
        { collection: 'features', field: 'campaign', label: '专题' },
        { collection: 'publicity-notices', field: 'campaign', label: '公示' },
        { collection: 'result-lists', field: 'campaign', label: '获奖名单' },
      ]),
    ],
    beforeChange: [ensureSlug('shortName', 'name'), requireQuotaConfirmationForCampaign, rememberWhetherLive],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  defaultSort: '-year',
  fields: [
    { name: 'name', label: '活动全称', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'shortName', label: '简称', type: 'text', maxLength: 80 },
        { name: 'series', label: '系列', type: 'text', maxLength: 80, admin: { description: '同一系列的各届活动用同一名称。' } },
        { name: 'edition', label: '届次', type: 'number', min: 1 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'year', label: '年度', type: 'number', required: true, min: 1949, max: 2100, index: true },
        { name: 'region', label: '地区', type: 'text', maxLength: 40 },
        { name: 'level', label: '层级', type: 'select', options: options(adminLevels) },
      ],
    },
    ...slugFields(),
    {
      type: 'tabs',
      tabs: [
        {
          label: '概况',
          fields: [
            { name: 'theme', label: '活动主题', type: 'text', maxLength: 120 },
            {
              type: 'row',
              fields: [
                { name: 'documentNumber', label: '文号', type: 'text', maxLength: 60 },
                { name: 'issuedOn', label: '发文日期', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
              ],
            },
            {
              name: 'organisers',
              label: '主办与组织单位',
              type: 'array',
              labels: { singular: '单位', plural: '单位' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: '单位名称', type: 'text', required: true, maxLength: 120 },
                    { name: 'role', label: '角色', type: 'text', maxLength: 20, admin: { description: '如 主办、联合主办、转发' } },
                  ],
                },
              ],
            },
            { name: 'summary', label: '活动简介', type: 'textarea', maxLength: 2000 },
            { name: 'compilationTitle', label: '汇编名称', type: 'text', maxLength: 120 },
            { name: 'preface', label: '汇编前言', type: 'richText', editor: writeUpEditor, validate: safeRichText },
          ],
        },
        {
          label: '评定奖项',
          description: '为本活动的案例评定奖项等次，并对照“名额与奖项”中的比例检查是否超出。',
          fields: [
            {
              name: 'awardPanel',
              type: 'ui',
              admin: { components: { Field: '/components/AwardTiersPanel#AwardTiersPanel' } },
            },
          ],
        },
        {
          label: '类型与标准',
          fields: [
            {
              name: 'caseTypes',
              label: '案例类型及评审侧重',
              type: 'array',
              labels: { singular: '类型', plural: '类型' },
              fields: [
                termField({ name: 'type', list: 'caseTypes', label: '类型', required: true }),
                {
                  name: 'focusAreas',
                  label: '评审重点倾斜方向',
                  type: 'array',
                  labels: { singular: '方向', plural: '方向' },
                  fields: [{ name: 'text', label: '方向', type: 'text', required: true, maxLength: 120 }],
                },
              ],
            },
            termField({ name: 'fields', list: 'fields', label: '征集领域', hasMany: true }),
            termField({ name: 'themes', list: 'themes', hasMany: true }),
            {
              name: 'criteria',
              label: '评选标准',
              type: 'array',
              labels: { singular: '标准', plural: '标准' },
              fields: [
                { name: 'name', label: '标准', type: 'text', required: true, maxLength: 40 },
                { name: 'description', label: '说明', type: 'textarea', maxLength: 1000 },
              ],
            },
          ],
        },
        {
          label: '名额与奖项',
          fields: [
            {
              name: 'quotas',
              label: '申报名额',
              type: 'array',
              labels: { singular: '名额', plural: '名额' },
              admin: { description: '按申报单位层级（和类型）限定每个单位可报的数量；导入汇总表时据此检查。' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'unitLevel', label: listNames.unitLevels, type: 'select', options: options(unitLevels) },
                    termField({ name: 'caseType', list: 'caseTypes', description: '留空表示不分类型' }),
                    { name: 'min', label: '至少', type: 'number', min: 0 },
                    { name: 'max', label: '至多', type: 'number', min: 0 },
                  ],
                },
                { name: 'note', label: '说明', type: 'text', maxLength: 200 },
              ],
            },
            {
              name: 'awardScheme',
              label: '奖项设置',
              type: 'array',
              labels: { singular: '奖项', plural: '奖项' },
              admin: { description: '按申报总数的比例（%）或固定名额设奖。' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    termField({ name: 'tier', list: 'awardTiers', label: '等次', required: true }),
                    { name: 'share', label: '占申报数比例（%）', type: 'number', min: 0, max: 100 },
                    { name: 'count', label: '名额', type: 'number', min: 0 },
                  ],
                },
                { name: 'note', label: '说明', type: 'text', maxLength: 200 },
              ],
            },
            quotaRoundingField,
            quotaConfirmationsField,
          ],
        },
        {
          label: '环节与篇幅',
          fields: [
            {
              name: 'stages',
              label: '活动环节',
              type: 'array',
              labels: { singular: '环节', plural: '环节' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: '环节', type: 'text', required: true, maxLength: 60 },
                    { name: 'kind', label: '类别', type: 'select', options: options(stageKinds) },
                    { name: 'start', label: '开始', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                    { name: 'end', label: '截止', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                  ],
                },
                { name: 'description', label: '说明', type: 'textarea', maxLength: 1000 },
              ],
            },
            writeUpRulesField,
          ],
        },
        {
          label: '原始文件',
          fields: [
            {
              name: 'documents',
              label: '通知、公示与名单',
              type: 'array',
              labels: { singular: '文件', plural: '文件' },
              admin: { description: '活动的出处：官方通知、公示和获奖名单的链接。' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 200 },
                    { name: 'number', label: '文号', type: 'text', maxLength: 60, admin: { description: '如 金直委发〔2017〕20号' } },
                    { name: 'kind', label: '类别', type: 'select', options: options(documentKinds) },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'issuer', label: '发布单位', type: 'text', maxLength: 120 },
                    { name: 'date', label: '日期', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                    { name: 'url', label: '链接', type: 'text', maxLength: 500, validate: safeUrl },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: '内部信息',
          description: '仅编辑可见，不会出现在公开网站和接口中。',
          fields: [contactsField, reviewNotesField],
        },
      ],
    },
    seedHashField,
  ],
}
