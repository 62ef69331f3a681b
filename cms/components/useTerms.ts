'use client'

import { useEffect, useState } from 'react'

import type { AwardTierTerm, CaseKindValue, CaseTypeTerm } from '../domain'

/** A term as the admin's pickers show it: its place in the list, and whether it is published yet. */
export type AdminTerm = CaseTypeTerm & AwardTierTerm & { published: boolean }

type TermDoc = { value?: string; label?: string; kind?: CaseKindValue; kinds?: CaseKindValue[]; _status?: string }

const query = ['value', 'label', 'kind', 'kinds', '_status'].map((key) => `select[${key}]=true`).join('&')
const cache = new Map<string, Promise<AdminTerm[]>>()

/** Reads a 词表 once per page (in its order, drafts included) for the admin's pickers and panels. */
function loadTerms(collection: string): Promise<AdminTerm[]> {
  let found = cache.get(collection)
  if (!found) {
    found = fetch(`/api/${collection}?limit=0&depth=0&sort=_order&draft=true&${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: TermDoc[] }>) : { docs: [] }))
      .then(({ docs }) =>
        docs
          .filter((d) => d.value && d.label)
          .map((d, i) => ({
            value: d.value!,
            label: d.label!,
            kind: d.kind ?? 'case',
            kinds: d.kinds ?? [],
            rank: i + 1,
            published: d._status === 'published',
          })),
      )
      .catch(() => {
        cache.delete(collection)
        return []
      })
    cache.set(collection, found)
  }
  return found
}

/** The terms of a 词表 collection (`case-types`, `award-tiers`, …); undefined while loading. */
export function useTerms(collection: string): AdminTerm[] | undefined {
  const [terms, setTerms] = useState<AdminTerm[]>()
  useEffect(() => {
    let stale = false
    void loadTerms(collection).then((list) => {
      if (!stale) setTerms(list)
    })
    return () => {
      stale = true
    }
  }, [collection])
  return terms
}
