/**
 * Which place lies inside which: a campaign's 地区 (福建省, 福州市) against a
 * unit's 地区 (福州市, 闽清县). A short name such as 「市水利局」 only means a unit
 * inside the campaign's region, so the importer needs this to match safely.
 *
 * The table lists the provinces and cities of huibian's campaigns (seeds 000–004:
 * Fujian with Fuzhou, Zhejiang with Jinhua) down to county level. A place not
 * listed lies only inside itself: matching stays strict rather than guessing.
 */
const subdivisions: Record<string, readonly string[]> = {
  福建省: ['福州市', '厦门市', '莆田市', '三明市', '泉州市', '漳州市', '南平市', '龙岩市', '宁德市', '平潭综合实验区'],
  福州市: ['鼓楼区', '台江区', '仓山区', '马尾区', '晋安区', '长乐区', '福清市', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县'],
  浙江省: ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'],
  金华市: ['婺城区', '金东区', '兰溪市', '义乌市', '东阳市', '永康市', '武义县', '浦江县', '磐安县'],
}

/** 「福建」 and 「福建省」 name the same place; spaces never matter. */
export function normalizeRegion(region: string | null | undefined): string {
  const r = (region ?? '').replace(/\s+/g, '')
  if (!r) return ''
  if (subdivisions[r]) return r
  const withSuffix = Object.keys(subdivisions)
    .concat(Object.values(subdivisions).flat())
    .find((known) => known.replace(/(省|市|县|区)$/, '') === r)
  return withSuffix ?? r
}

/** True when `place` is `region` or lies inside it (a county inside its city inside its province). */
export function isWithinRegion(place: string | null | undefined, region: string | null | undefined): boolean {
  const outer = normalizeRegion(region)
  const inner = normalizeRegion(place)
  if (!outer || !inner) return false
  if (inner === outer) return true
  return (subdivisions[outer] ?? []).some((child) => isWithinRegion(inner, child))
}
