/**
 * Where a campaign stands on a given day: each stage 已结束, 进行中 or 未开始.
 * Stages come in the campaign's order; many give only an end (截止) or only a
 * start (10月起), and some no date at all, so an undated edge is read from its
 * neighbours. All days are YYYY-MM-DD calendar days in China.
 */

export const stageStatuses = [
  { value: 'done', label: '已结束' },
  { value: 'current', label: '进行中' },
  { value: 'upcoming', label: '未开始' },
] as const

export type StageStatus = (typeof stageStatuses)[number]['value']

export type DatedStage = { start?: string | null; end?: string | null }

export function stageStatusLabel(status: StageStatus): string {
  return stageStatuses.find((s) => s.value === status)!.label
}

/**
 * `concluded`: the campaign has published its results, so every stage
 * without dates of its own (评审, 公示) is over.
 */
export function stageStatusesOn(stages: DatedStage[], today: string, concluded = false): StageStatus[] {
  const started = (s: DatedStage) => Boolean(s.start && s.start <= today)
  const ended = (s: DatedStage) => Boolean(s.end && s.end < today)
  return stages.map((stage, i): StageStatus => {
    if (ended(stage)) return 'done'
    if (stage.start && stage.start > today) return 'upcoming'
    if (stage.end) {
      // Ends on or after today: under way once it has started.
      if (stage.start) return 'current'
      return opened(i) ? 'current' : 'upcoming'
    }
    // No end of its own: over once a later stage is under way or over, or the results are out.
    if (stages.slice(i + 1).some((s) => started(s) || ended(s))) return 'done'
    if (stage.start) return 'current'
    if (concluded) return 'done'
    return opened(i) ? 'current' : 'upcoming'
  })

  /** Whether the stage without a start has begun: the dated stage before it has ended (or begun, when open-ended). */
  function opened(i: number): boolean {
    const before = stages
      .slice(0, i)
      .reverse()
      .find((s) => s.end || s.start)
    if (!before) return true
    return before.end ? ended(before) : started(before)
  }
}

/**
 * The days on which some stage changes status: each start, and the day after
 * each end. A build on these days (and only these) keeps the timeline true.
 */
export function stageChangeDays(stages: DatedStage[]): string[] {
  const days = new Set<string>()
  for (const s of stages) {
    if (s.start) days.add(s.start)
    if (s.end) days.add(dayAfter(s.end))
  }
  return [...days].sort()
}

export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
