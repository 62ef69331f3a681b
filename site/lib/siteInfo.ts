/** The site's name as readers see it in titles, feeds and citations. */
export const siteName = '汇编'
export const siteTagline = '机关党建与体制机制创新获奖案例'
export const siteDescription =
  '汇编收录各地机关党建、体制机制创新评选中的获奖案例、党建品牌、创新项目和示范点，按活动、年度、类型、领域、地区和奖项整理，供各级机关学习借鉴。'

/** The page title: "页面 · 汇编". */
export const pageTitle = (title?: string) => (title ? `${title} · ${siteName}` : `${siteName}：${siteTagline}`)
