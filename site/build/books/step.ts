/**
 * The 汇编 PDFs as build steps. They are typeset beside Astro, by the process
 * that reads the CMS data for the search index (typesetBooks.ts), into the
 * book cache; Astro's 汇编 pages wait for their own book's page count and
 * size. Once Astro is done, each PDF is placed into the staged site. A
 * failed book fails the build: the published site is left as it was.
 */
import fs from 'node:fs'
import path from 'node:path'

import { huibianPdfUrl } from '../../../cms/domain/urls'
import { announceBooksFailed, announcedBooks } from '../../lib/book/builtBooks'
import type { BuildContext, BuildStep } from '../buildSite'

/** Where the books are announced: beside the staging folder, which Astro empties when it starts. */
export const booksDirOf = (ctx: BuildContext) => `${ctx.stagingDir}.books`

/** What the 汇编 pages are told (cms/env.ts, HUIBIAN_BOOKS): this build's books folder, or none. */
export const booksSetting = (ctx: BuildContext) => (ctx.books ? booksDirOf(ctx) : 'none')

/** A new build announces its books afresh. Run before Astro and the typesetting start. */
export function clearBooks(ctx: BuildContext): void {
  removeBooks(ctx)
  if (ctx.books) fs.mkdirSync(booksDirOf(ctx), { recursive: true })
}

/** A failed build leaves nothing beside the site (the books themselves stay in the cache). */
export const removeBooks = (ctx: BuildContext) => fs.rmSync(booksDirOf(ctx), { recursive: true, force: true })

/** The typesetting stopped before it announced every book: the pages still waiting fail with `why`. */
export function failBooks(ctx: BuildContext, why: string): void {
  if (ctx.books) announceBooksFailed(booksDirOf(ctx), why)
}

/** Puts each typeset PDF into the staged site, at its 汇编's PDF URL. */
export const placeBooksStep: BuildStep = {
  name: 'place the 汇编 PDFs typeset alongside',
  run: async (ctx) => {
    for (const [slug, book] of announcedBooks(booksDirOf(ctx))) {
      const target = path.join(ctx.siteDir, huibianPdfUrl(slug))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.rmSync(target, { force: true })
      // The cache's file is never changed in place (a new version is a new file), so the site may share it.
      try {
        fs.linkSync(book.file, target)
      } catch {
        fs.copyFileSync(book.file, target)
      }
    }
    removeBooks(ctx)
  },
}
