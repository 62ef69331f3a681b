import type { GlobalConfig } from 'payload'

import { editors } from '../access/editors'
import { siteRebuilds } from '../siteBuild'

/**
 * 站点构建: what the publish hook last did to the public site. Written only by
 * the server; editors read it (and the log) and can ask for a rebuild.
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: '站点构建',
  admin: {
    group: '系统',
    description: '发布内容后，公开网站会自动重新构建。构建失败时网站保持上一次成功的版本，失败原因见下方。',
    components: { elements: { beforeDocumentControls: ['/components/RebuildButton#RebuildButton'] } },
  },
  access: { read: editors, update: () => false },
  endpoints: [
    {
      path: '/rebuild',
      method: 'post',
      handler: async (req) => {
        if (!req.user) return Response.json({ message: '请先登录。' }, { status: 401 })
        const queue = siteRebuilds(req.payload)
        if (!queue) {
          return Response.json({ message: '本机未启用站点自动构建：请用 npm start 启动，或设置 SITE_REBUILD_URL 部署钩子。' }, { status: 409 })
        }
        queue.request(`${req.user.email} 手动重建`)
        return Response.json({ message: '已加入构建队列。' })
      },
    },
  ],
  fields: [
    {
      name: 'status',
      label: '状态',
      type: 'select',
      defaultValue: 'idle',
      options: [
        { label: '未构建', value: 'idle' },
        { label: '排队中', value: 'queued' },
        { label: '构建中', value: 'building' },
        { label: '成功', value: 'succeeded' },
        { label: '失败', value: 'failed' },
      ],
      admin: { readOnly: true },
    },
    { name: 'trigger', label: '触发原因', type: 'text', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'lastRequestedAt',
          label: '最近请求',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } },
        },
        {
          name: 'lastStartedAt',
          label: '最近开始',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lastSuccessAt',
          label: '最近成功',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } },
        },
        {
          name: 'lastFailureAt',
          label: '最近失败',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } },
        },
        { name: 'lastDurationMs', label: '耗时', type: 'number', admin: { readOnly: true, components: { Field: '/components/DurationField#DurationField' } } },
        { name: 'pages', label: '页面数', type: 'number', admin: { readOnly: true } },
      ],
    },
    { name: 'lastError', label: '最近一次失败的原因', type: 'textarea', admin: { readOnly: true } },
    { name: 'log', label: '最近一次构建日志', type: 'code', admin: { readOnly: true, components: { Field: '/components/BuildLogField#BuildLogField' } } },
  ],
}
