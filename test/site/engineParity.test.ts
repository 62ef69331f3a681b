/**
 * MongoDB builds the same site as SQLite: `npm run build` (seed, then the
 * real astro build) of the bundled collection on each engine, compared byte
 * for byte on every page, feed and open-data file (only the moment each seed
 * saved a document differs). Runs when the suite is on MongoDB; the SQLite
 * side is a fresh file of its own. This is why the MongoDB run can leave out
 * the site tests that check what pages of the bundled collection show (see
 * package.json's test:mongodb and the README).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseEngine } from '../../cms/database'
import { rootDir, tsxCli } from '../../cms/paths'
import { allFiles, tempWorkDir, testSiteUrl } from '../helpers/site'

function buildOn(databaseUrl: string): Promise<{ dir: string; out: string }> {
  const work = tempWorkDir('huibian-parity-')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, 'site/cli/build.ts', '--out', path.join(work, 'dist')], {
      cwd: rootDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        SITE_URL: testSiteUrl,
        HUIBIAN_SITE_CACHE: path.join(work, 'cache'),
        HUIBIAN_DATA_DIR: path.join(work, 'data'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve({ dir: path.join(work, 'dist'), out }) : reject(new Error(`build on ${databaseUrl.split(':')[0]} failed:\n${out.slice(-3000)}`)),
    )
  })
}

/** Published pages and text files, as paths inside the site (hashed asset names differ per build). */
const pagesOf = (dir: string) =>
  allFiles(dir)
    .map((file) => path.relative(dir, file))
    .filter((file) => /\.(html|json|csv|xml|txt)$/.test(file) && !file.startsWith('_astro/') && !file.startsWith('pagefind/'))
    .sort()

/** A file's text with the moments its documents were saved (each seed saves at its own time) made equal. */
const savedMomentsAligned = (file: string) => fs.readFileSync(file, 'utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '(saved)')

describe.skipIf(databaseEngine() !== 'mongodb')('the site built on MongoDB', () => {
  it('has the same pages and the same open data as on SQLite', { timeout: 600_000 }, async () => {
    const mongo = await buildOn(process.env.DATABASE_URL!)
    const sqlite = await buildOn(`file:${path.join(tempWorkDir('huibian-parity-sqlite-'), 'huibian.db')}`)
    const mongoSite = path.join(mongo.dir, 'client')
    const sqliteSite = path.join(sqlite.dir, 'client')
    const pages = pagesOf(mongoSite)
    expect(pages.filter((p) => p.startsWith('cases/')).length).toBeGreaterThan(20)
    expect(pages).toEqual(pagesOf(sqliteSite))
    expect(pages).toEqual(expect.arrayContaining(['data/cases.json', 'data/cases.csv', 'stats/index.html']))
    for (const file of pages) expect(savedMomentsAligned(path.join(mongoSite, file)), file).toBe(savedMomentsAligned(path.join(sqliteSite, file)))
  })
})
