/**
 * What "contains" means for search: the one normalisation that the index, the
 * query, the result check and the relevance test all apply, so they agree.
 *
 * A query term matches a page when the normalised term is a substring of the
 * normalised indexed text of the page. Terms are the query's whitespace-separated
 * parts; a page must contain every term. Matching is literal otherwise:
 * punctuation counts, so 党建+双拥 does not find 党建、双拥.
 */

import { invisibleCharacters } from '../../../cms/domain/invisibleCharacters'

/** Halves of a surrogate pair on their own (a query cut mid-character). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * NFC, full-width letters and digits as ASCII (an IME types １２３４５ for 12345),
 * lower case, and every run of whitespace (incl. U+3000) as one space.
 * Punctuation is kept as written: readers type Chinese punctuation full-width.
 * (Not the CMS's normalizeText, which stores text; this compares it.)
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFC')
    .replace(invisibleCharacters, '')
    .replace(LONE_SURROGATE, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The terms of a query: its whitespace-separated parts, normalised, without
 * duplicates. ASCII double quotes are dropped (readers type them for "phrase",
 * and every term is matched as a phrase anyway).
 */
export function queryTerms(query: string): string[] {
  const terms = searchForm(query.replace(/"/g, ' ')).split(' ').filter(Boolean)
  return [...new Set(terms)]
}

/** Whether a normalised text contains every term. */
export function containsAllTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term))
}
