/**
 * A synthetic collection of N cases in the shape the CMS takes (Payload data),
 * with references as indexes into the other lists; the seed stage turns them
 * into ids. Spread as issue 6 asks: 30 campaigns, 2,000 units, 300 brands,
 * 20 features, honours, press and images, section lengths near the campaigns' limits.
 */
import { countChars, innovationCaseRules, plainTextToLexical, type SectionKey } from '../../cms/domain'
// The terms every new database starts with (its migration gives it them).
import { defaultAwardTiers, defaultCaseTypes as caseTypes, defaultFields as fields } from '../../cms/domain/defaultVocabulary'
import { readCorpus } from './corpus'
import { departments, outlets, places } from './places'
import { seededRandom, type Random } from './random'
import { TextGenerator } from './text'

export type Sizes = { cases: number; campaigns: number; units: number; brands: number; features: number; media: number; evidenceFiles: number }

/** The spread; smaller runs scale the other collections down with the cases. */
export function sizesFor(cases: number): Sizes {
  const scale = Math.min(1, cases / 10_000)
  return {
    cases,
    campaigns: Math.max(3, Math.round(30 * Math.sqrt(scale))),
    units: Math.max(20, Math.round(2000 * scale)),
    brands: Math.max(5, Math.round(300 * scale)),
    features: Math.max(2, Math.round(20 * Math.sqrt(scale))),
    media: Math.max(4, Math.min(24, Math.round(cases / 50))),
    evidenceFiles: Math.max(8, Math.min(60, Math.round(cases / 20))),
  }
}

type Doc = Record<string, unknown>
/** A reference to the n-th document of another list of the collection. */
export type Ref = { ref: 'units' | 'campaigns' | 'brands' | 'media' | 'evidence-files' | 'cases'; index: number }

export type SyntheticCollection = {
  sizes: Sizes
  units: Doc[]
  campaigns: Doc[]
  brands: Doc[]
  /** Images: a colour and a size, rendered to a file by the seed. */
  media: { alt: string; caption: string; colour: [number, number, number]; width: number; height: number }[]
  /** 佐证文件: photos (a colour and a size) and PDF scans, public or private, made into files by the seed. */
  evidenceFiles: { title: string; visibility: 'public' | 'private'; format: 'photo' | 'pdf'; colour: [number, number, number]; width: number; height: number }[]
  cases: Doc[]
  features: Doc[]
}

/** Options: `facts: false` leaves the case facts (issue 15) out of otherwise the same cases, to measure what they cost. */
export type GenerateOptions = { facts?: boolean }

const ref = (collection: Ref['ref'], index: number): Ref => ({ ref: collection, index })

type CaseTypeValue = (typeof caseTypes)[number]['value']
type AwardTierValue = (typeof defaultAwardTiers)[number]['value']
type CampaignPlan = { kind: 'case' | 'project' | 'site'; types: CaseTypeValue[]; year: number; scheme: { tier: AwardTierValue; share: number }[] }

const caseTypeValues = (kind: CampaignPlan['kind']) => caseTypes.filter((t) => t.kind === kind).map((t) => t.value as CaseTypeValue)

export function generateCollection(cases: number, seed = 1, { facts = true }: GenerateOptions = {}): SyntheticCollection {
  const sizes = sizesFor(cases)
  const random = seededRandom(seed)
  const text = new TextGenerator(readCorpus(), random)

  // Units: a place and a department each, names unique.
  const units: Doc[] = []
  const unitNames = new Set<string>()
  while (units.length < sizes.units) {
    const place = places[random.zipf(places.length, 0.6)]!
    const dept = random.pick(departments)
    const prefix = place.name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')
    const name = dept.party
      ? `中共${place.name.replace(/(市|省)$/, '')}${place.level === 'province' ? '省' : place.level === 'city' ? '市' : ''}委${dept.name}`
      : `${place.name}${dept.name}`
    if (unitNames.has(name)) continue
    unitNames.add(name)
    units.push({
      name,
      ...(random.chance(0.4) ? { shortName: `${prefix.slice(0, 2)}${dept.name.slice(0, 4)}` } : {}),
      level: place.level === 'province' ? 'shengzhi' : place.level === 'city' ? (random.chance(0.7) ? 'shizhi' : 'shezhi-shi') : 'xianqu',
      region: place.name,
      category: dept.category,
      ...(random.chance(0.3) ? { description: text.run(60, 200) } : {}),
    })
  }

  // Campaigns: mostly 优秀案例, some 创新项目 and 示范点, one a year per series.
  const campaigns: Doc[] = []
  const plans: CampaignPlan[] = []
  for (let i = 0; i < sizes.campaigns; i += 1) {
    const kind: CampaignPlan['kind'] = i % 10 === 7 ? 'project' : i % 10 === 9 ? 'site' : 'case'
    const place = places[random.int(31, 60)]!
    const year = 2024 - Math.floor(i / 3)
    const edition = Math.max(1, 10 - Math.floor(i / 3))
    const series =
      kind === 'project'
        ? '机关党建创新项目'
        : kind === 'site'
          ? '机关党建示范点'
          : random.pick(['机关体制机制创新优秀案例', '基层党建创新典型案例', '新时代机关党建优秀案例'])
    const types = caseTypeValues(kind)
    const scheme: CampaignPlan['scheme'] =
      kind === 'site'
        ? [{ tier: 'demonstration', share: 100 }]
        : [
            { tier: 'first', share: 3 },
            { tier: 'second', share: 7 },
            { tier: 'third', share: 10 },
            { tier: 'top-ten', share: 3 },
            { tier: 'excellent', share: 27 },
            { tier: 'entered', share: 50 },
          ]
    plans.push({ kind, types, year, scheme })
    const name = `第${'一二三四五六七八九十'[edition - 1]}届${place.name}${series}征集评选`
    campaigns.push({
      name,
      shortName: `${year}年${place.name}${series}`,
      series: `${place.name}${series}`,
      edition,
      year,
      region: place.name,
      level: 'city',
      theme: text.run(8, 30).replace(/[，。；]/g, ''),
      documentNumber: `${place.name.slice(0, 1)}直工委〔${year}〕${random.int(1, 60)}号`,
      summary: text.run(150, 400),
      preface: plainTextToLexical(text.paragraphs(300, 600)),
      organisers: [{ name: `中共${place.name.replace(/市$/, '')}市委市直机关工作委员会`, role: '主办' }],
      caseTypes: types.map((type) => ({ type, focusAreas: [{ text: random.pick(text.keywordsOrDefault()) }] })),
      fields: fields.map((f) => f.value),
      writeUpRules: innovationCaseRules,
      awardScheme: scheme.map((s) => ({ tier: s.tier, share: s.share })),
      documents: [{ title: `关于开展${name}的通知`, kind: 'notice', issuer: `中共${place.name}委`, date: `${year}-03-15` }],
      _status: 'published',
    })
  }

  const brands: Doc[] = []
  for (let i = 0; i < sizes.brands; i += 1) {
    brands.push({
      name: `${text.word(2) ?? '红色'}${text.word(2) ?? '先锋'}`,
      unit: ref('units', random.int(0, units.length - 1)),
      description: text.run(120, 400),
      recognitions: random.chance(0.5) ? [{ text: random.pick(text.honoursOrDefault()), level: 'city', year: random.int(2015, 2024) }] : [],
      _status: 'published',
    })
  }

  const media: SyntheticCollection['media'] = []
  for (let i = 0; i < sizes.media; i += 1) {
    media.push({
      alt: text.run(8, 30).replace(/[，。；]/g, ''),
      caption: text.run(10, 40),
      colour: [random.int(40, 220), random.int(40, 220), random.int(40, 220)],
      width: 1200,
      height: 800,
    })
  }

  // 佐证文件: three in four public; photos and scanned documents alike.
  const evidenceFiles: SyntheticCollection['evidenceFiles'] = []
  for (let i = 0; i < sizes.evidenceFiles; i += 1) {
    evidenceFiles.push({
      title: text.run(8, 24).replace(/[，。；]/g, ''),
      visibility: i % 4 === 3 ? 'private' : 'public',
      format: i % 2 === 0 ? 'photo' : 'pdf',
      colour: [random.int(40, 220), random.int(40, 220), random.int(40, 220)],
      width: 1200,
      height: 900,
    })
  }
  const filesMarked = (visibility: 'public' | 'private') => evidenceFiles.flatMap((f, i) => (f.visibility === visibility ? [i] : []))
  const publicFiles = filesMarked('public')
  const privateFiles = filesMarked('private')

  // Cases: campaigns in turn, 序号 within each campaign.
  const caseList: Doc[] = []
  const sequence = new Map<number, number>()
  const campaignOf: number[] = []
  for (let i = 0; i < cases; i += 1) {
    const c = i % campaigns.length
    campaignOf.push(c)
    const plan = plans[c]!
    const number = (sequence.get(c) ?? 0) + 1
    sequence.set(c, number)
    const tier = pickTier(random, plan.scheme)
    const unit = random.zipf(units.length, 0.5)
    // Case facts (issue 15), about as often as the seeds state them.
    const caseFacts: Doc = {
      ...(random.chance(0.5) ? { implementation: { start: { year: random.int(2010, 2024) }, ongoing: random.chance(0.7) } } : {}),
      ...(random.chance(0.3)
        ? {
            adoptions: Array.from({ length: random.int(1, 2) }, () => ({
              scope: random.pick(['unit', 'system', 'city', 'province', 'national'] as const),
              event: text.run(8, 20).replace(/[。；]$/, '') || '发文推广',
              date: { year: random.int(2015, 2024) },
            })),
          }
        : {}),
      ...(random.chance(0.4)
        ? {
            figures: Array.from({ length: random.int(1, 4) }, () => ({
              label: text.word(4) ?? '服务事项',
              value: random.int(1, 20000),
              unit: random.pick(['个', '人次', '项', '名']),
              asOf: { year: 2024 },
            })),
          }
        : {}),
      ...(random.chance(0.4) ? { lessons: plainTextToLexical(text.paragraphs(120, 300)) } : {}),
      ...(random.chance(0.35)
        ? {
            evidence: Array.from({ length: random.int(1, 3) }, () => ({
              kind: random.pick(['photo', 'report', 'instruction', 'certificate', 'standard', 'document'] as const),
              title: text.run(8, 30).replace(/[。；]$/, '') || '佐证材料',
              ...(random.chance(0.6) ? { source: random.pick(outlets) } : {}),
              date: { year: random.int(2015, 2024) },
              ...(random.chance(0.3) ? { file: ref('evidence-files', random.pick(publicFiles)) } : {}),
            })),
          }
        : {}),
      ...(random.chance(0.1)
        ? {
            privateEvidence: [
              {
                kind: 'instruction',
                title: text.run(8, 30).replace(/[。；]$/, '') || '领导批示',
                note: text.run(20, 60),
                ...(random.chance(0.5) ? { file: ref('evidence-files', random.pick(privateFiles)) } : {}),
              },
            ],
          }
        : {}),
    }
    caseList.push({
      title: text.title(),
      kind: plan.kind,
      sequence: number,
      campaign: ref('campaigns', c),
      unit: ref('units', unit),
      ...(random.chance(0.25)
        ? { coUnits: [...new Set([random.int(0, units.length - 1), random.int(0, units.length - 1)])].filter((u) => u !== unit).map((u) => ref('units', u)) }
        : {}),
      caseType: random.pick(plan.types),
      field: random.pick(fields).value,
      awardTier: tier,
      ...(random.chance(0.6) ? { focusAreas: [...new Set([random.pick(text.keywordsOrDefault()), random.pick(text.keywordsOrDefault())])] } : {}),
      ...(random.chance(0.1) ? { brand: ref('brands', random.int(0, brands.length - 1)) } : {}),
      abstract: text.run(200, 300),
      sections: sectionsNearLimits(text, random),
      honours: Array.from({ length: random.int(0, 3) }, () => ({
        text: random.pick(text.honoursOrDefault()),
        level: random.pick(['national', 'provincial', 'city', 'county', 'media'] as const),
        year: random.int(2012, 2024),
      })),
      press: Array.from({ length: random.chance(0.3) ? random.int(1, 2) : 0 }, () => ({
        outlet: random.pick(outlets),
        date: `${random.int(2015, 2024)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        title: text.run(10, 30).replace(/[。；]$/, ''),
      })),
      ...(random.chance(0.08) ? { images: [{ image: ref('media', random.int(0, media.length - 1)), caption: text.run(8, 30) }] } : {}),
      // Case facts (issue 15), drawn for every run so that the rest of the collection is the same with or without them.
      ...(facts ? caseFacts : {}),
      ...(plan.kind === 'site' ? { site: { organisation: `${text.word(2) ?? '机关'}党支部`, stars: random.int(3, 5), members: random.int(8, 120) } } : {}),
      _status: 'published',
    })
  }
  // Tiers are drawn at random, so a campaign may exceed a quota: record the
  // admin's confirmation of the final counts, as a real office would before publishing.
  campaigns.forEach((campaign, c) => {
    const counts: Record<string, number> = {}
    caseList.forEach((doc, i) => {
      if (campaignOf[i] === c) counts[doc.awardTier as string] = (counts[doc.awardTier as string] ?? 0) + 1
    })
    campaign.quotaConfirmations = [{ confirmedAt: `${plans[c]!.year}-11-30T00:00:00.000Z`, summary: '合成评审结果（基准测试）', counts }]
  })
  // The same initiative in an earlier campaign (获奖历程): a few cases point back.
  for (let i = campaigns.length; i < cases; i += 1) {
    if (random.chance(0.03)) caseList[i]!.sameInitiativeAs = [ref('cases', i - campaigns.length * random.int(1, Math.floor(i / campaigns.length)))]
  }

  const features: Doc[] = []
  for (let f = 0; f < sizes.features; f += 1) {
    const c = f % campaigns.length
    const members = campaignOf.flatMap((campaign, i) => (campaign === c ? [i] : [])).slice(f, f + 10 * (1 + Math.floor(f / campaigns.length)))
    features.push({
      headline: text.run(6, 16).replace(/[，。；]/g, ''),
      subtitle: `——${text.run(10, 24).replace(/[。；]$/, '')}`,
      byline: `本报记者 ${random.pick(['王', '李', '张', '刘', '陈', '林'])}${text.word(2) ?? '明'}`,
      publication: random.pick(outlets),
      publishedOn: `${plans[c]!.year}-12-0${random.int(1, 9)}`,
      campaign: ref('campaigns', c),
      presentation: random.pick(['pairs', 'list']),
      lead: plainTextToLexical(text.paragraphs(200, 400)),
      entries: members.slice(0, 10).map((i) => ({ case: ref('cases', i), blurb: text.run(40, 90) })),
      _status: 'published',
    })
  }

  return { sizes, units, campaigns, brands, media, evidenceFiles, cases: caseList, features }
}

function pickTier(random: Random, scheme: CampaignPlan['scheme']): AwardTierValue {
  let u = random.next() * 100
  for (const s of scheme) {
    if ((u -= s.share) < 0) return s.tier
  }
  return scheme.at(-1)!.tier
}

/** Four sections at 80–97% of seed 000's limits, the whole under its 2,500 total. */
function sectionsNearLimits(text: TextGenerator, random: Random): Partial<Record<SectionKey, unknown>> {
  const limits = innovationCaseRules.sections
  const chosen = random.chance(0.2) ? limits.map((l) => (l.section === 'highlights' ? { ...l, section: 'significance' as const } : l)) : limits
  const sections: Partial<Record<SectionKey, unknown>> = {}
  let total = 0
  for (const limit of chosen) {
    const max = Math.min(limit.max!, innovationCaseRules.totalMax! - total - 20)
    const body = text.paragraphs(Math.floor(max * 0.8), Math.floor(max * 0.97))
    total += countChars(body.replace(/\n/g, ''))
    sections[limit.section] = plainTextToLexical(body)
  }
  return sections
}
