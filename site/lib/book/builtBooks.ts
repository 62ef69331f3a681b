/**
 * How the build's books reach Astro: the process that typesets them from the
 * CMS data (site/build/books) writes one small JSON file per book into a
 * folder beside the staging folder as each book is done, and a 汇编 page
 * waits for its own. A book that failed, or a typesetting that stopped,
 * leaves a failure file instead, so that the page fails the build with its
 * message rather than wait.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { TypesetBook } from './typesetBook'

/** A 汇编 page's book, or the failure it reports. */
type Announcement = { book: TypesetBook } | { error: string }

const fileOf = (dir: string, slug: string) => path.join(dir, `${slug}.json`)
/** Every book of the build failed with it (the typesetting process stopped). */
const allFailed = (dir: string) => path.join(dir, 'failed.json')

function announce(file: string, announcement: Announcement) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Whole or not at all: a page never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(announcement))
  fs.renameSync(`${file}.tmp`, file)
}

export const announceBook = (dir: string, slug: string, book: TypesetBook) => announce(fileOf(dir, slug), { book })

export const announceBookFailure = (dir: string, slug: string, error: string) => announce(fileOf(dir, slug), { error })

/** The typesetting stopped: every book not yet announced fails with `error`. */
export const announceBooksFailed = (dir: string, error: string) => announce(allFailed(dir), { error })

/** The books announced in `dir`, by campaign slug (after the typesetting ended). */
export function announcedBooks(dir: string): Map<string, TypesetBook> {
  const books = new Map<string, TypesetBook>()
  if (!fs.existsSync(dir)) return books
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json') || name === path.basename(allFailed(dir))) continue
    const announcement = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Announcement
    if ('book' in announcement) books.set(name.slice(0, -'.json'.length), announcement.book)
  }
  return books
}

/** Waits for the book of campaign `slug` to be announced in `dir`; a failure announced is thrown. */
export async function awaitBook(dir: string, slug: string): Promise<TypesetBook> {
  for (;;) {
    for (const file of [fileOf(dir, slug), allFailed(dir)]) {
      if (!fs.existsSync(file)) continue
      const announcement = JSON.parse(fs.readFileSync(file, 'utf8')) as Announcement
      if ('book' in announcement) return announcement.book
      throw new Error(announcement.error)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
