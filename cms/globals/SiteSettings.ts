import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import { admins } from '../access/admins'
import { anyone } from '../access/anyone'
import { publicOriginProblem } from '../domain/publicOrigin'
import { siteRebuilds } from '../siteBuild'

const originField: TextFieldSingleValidation = (value) => {
  if (!value) return true
  const problem = publicOriginProblem(value)
  return problem ? problem.zh : true
}

/**
 * 站点设置: who publishes the site and where it lives, as Chinese government
 * sites state it in their footer. Public by nature (the footer prints it);
 * only admins change it. The environment's SITE_URL overrides 公开网址.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: '站点设置',
  admin: { group: '系统', description: '网站的公开网址、名称、主办和承办单位及备案信息，显示在每页页脚；只有管理员可以修改。修改后网站自动重新构建。' },
  access: { read: anyone, update: admins },
  // Every page's footer and every permalink depend on it.
  hooks: { afterChange: [({ req }) => siteRebuilds(req.payload)?.request('修改站点设置')] },
  fields: [
    {
      name: 'origin',
      label: '公开网址',
      type: 'text',
      validate: originField,
      admin: {
        description:
          '网站对外的地址，如 https://huibian.example.gov.cn 。永久链接、二维码、RSS、站点地图都用它；未设置时不能发布网站。环境变量 SITE_URL 优先。',
      },
    },
    { name: 'siteName', label: '网站名称', type: 'text', admin: { description: '留空则为“汇编”。' } },
    { name: 'host', label: '主办单位', type: 'text' },
    { name: 'operator', label: '承办单位', type: 'text' },
    { name: 'contact', label: '网站联系方式', type: 'text', admin: { description: '公开的网站联系邮箱或电话（会显示在页脚，请勿填写个人手机号）。' } },
    { name: 'icp', label: 'ICP备案号', type: 'text', admin: { description: '如 闽ICP备12345678号' } },
    { name: 'police', label: '公安机关备案号', type: 'text', admin: { description: '如 闽公网安备 35010202000000号' } },
    { name: 'governmentSiteCode', label: '政府网站标识码', type: 'text' },
    { name: 'accessibility', label: '无障碍声明', type: 'textarea' },
  ],
}
