import type { Payload } from 'payload'

import { importSummaryTable } from '../../cms/summaryTable/importSummaryTable'
import { summaryCsv } from '../security/hostileFiles'
import { createEditor } from './payload'

/** The case titles of the 汇总表 the write-up tests import. */
export const writeUpCaseTitles = ['“一件事一次办”改革', '机关党建“双述双评”工作法', '“近邻党建”服务群众', '“马上就办”提升机关效能']

/**
 * A campaign with seed 000's limits (背景描述 ≤ 350 … 全文 ≤ 2500), an editor,
 * and the drafts a 汇总表 import makes: the state in which Word files arrive.
 */
export async function campaignWithDrafts(payload: Payload) {
  const editor = await createEditor(payload)
  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      name: '第三届“推进机制活、建设新福建”全省机关体制机制创新优秀案例征集评选',
      year: 2020,
      region: '福建省',
      writeUpRules: {
        sections: [
          { section: 'background', max: 350 },
          { section: 'highlights', max: 600 },
          { section: 'practice', max: 1000 },
          { section: 'results', max: 800 },
        ],
        totalMax: 2500,
        abstractMax: 800,
      },
      _status: 'published',
    },
    overrideAccess: true,
  })
  // Units the table names, known already (the importer creates new ones only with a full name and region).
  for (const i of writeUpCaseTitles.keys()) {
    const name = `测试单位${i + 1}`
    const known = await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, overrideAccess: true })
    if (!known.docs.length) await payload.create({ collection: 'units', data: { name, level: 'shengzhi', region: '福建省' }, overrideAccess: true })
  }
  const csv = summaryCsv(writeUpCaseTitles.map((title, i) => [String(i + 1), title, '', `测试单位${i + 1}`, `联系人${i + 1}`, '0591-87000000', '']))
  const imported = await importSummaryTable(payload, { data: csv, name: '汇总表.csv' }, { campaign: campaign.id, user: editor })
  if (!imported.ok) throw new Error(`summary import failed: ${JSON.stringify(imported.errors)}`)
  const { docs } = await payload.find({ collection: 'cases', where: { campaign: { equals: campaign.id } }, draft: true, depth: 0, limit: 0, sort: 'sequence' })
  const caseId = (title: string) => docs.find((d) => d.title === title)!.id
  return { editor, campaign, caseId }
}
