/** The two ways a case page points at other cases. */
import type { Case } from '../../../cms/payload-types'
import { refId, type DocumentId } from '../../../cms/domain/documentId'
import { push } from './caseIndexes'

/** Ids of the cases that are the same initiative as each case, both directions of `sameInitiativeAs`. */
export function sameInitiative(cases: Case[]): Map<DocumentId, Set<DocumentId>> {
  const appearsWith = new Map<DocumentId, Set<DocumentId>>()
  const link = (a: DocumentId, b: DocumentId) => {
    if (!appearsWith.has(a)) appearsWith.set(a, new Set())
    appearsWith.get(a)!.add(b)
  }
  for (const c of cases) {
    for (const other of c.sameInitiativeAs ?? []) {
      const otherId = refId(other)!
      if (otherId === c.id) continue
      link(c.id, otherId)
      link(otherId, c.id)
    }
  }
  return appearsWith
}

/**
 * Related cases: the next four in the same field (or type), in site order and
 * wrapping round, skipping the same initiative; a constant number per case.
 */
export function relatedCases(sorted: Case[], appearsWith: Map<DocumentId, Set<DocumentId>>): (c: Case) => Case[] {
  const relatedGroup = new Map<DocumentId, { list: Case[]; at: number }>()
  const groups = new Map<string, Case[]>()
  for (const c of sorted) push(groups, c.field ?? c.caseType ?? 'other', c)
  for (const list of groups.values()) list.forEach((c, at) => relatedGroup.set(c.id, { list, at }))
  return (c) => {
    const group = relatedGroup.get(c.id)
    if (!group) return []
    const out: Case[] = []
    const skip = new Set<DocumentId>([c.id, ...(appearsWith.get(c.id) ?? [])])
    for (let step = 1; out.length < 4 && step < group.list.length; step += 1) {
      const next = group.list[(group.at + step) % group.list.length]!
      if (!skip.has(next.id)) out.push(next)
    }
    return out
  }
}
