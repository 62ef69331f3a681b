import { createRequire } from 'node:module'
import path from 'node:path'

import { env } from './env'

/**
 * The repository root. npm scripts run there; bundlers (Next, Vite) move this
 * file, so `import.meta.url` cannot be trusted to find it.
 */
export const rootDir = path.resolve(/*turbopackIgnore: true*/ env.root())

/** Where the embedded database, the generated secret and uploads live (git-ignored). */
export const dataDir = path.resolve(/*turbopackIgnore: true*/ rootDir, env.dataDir())

export const mediaDir = path.join(dataDir, 'media')

/** 佐证 files (evidence-files): served only through Payload's file route, which applies their read access. */
export const evidenceDir = path.join(dataDir, 'evidence')

export const contentDir = path.join(rootDir, 'content')

export const migrationsDir = path.join(rootDir, 'cms', 'migrations')

/** MongoDB's own migrations: counterparts of the SQLite ones where the engine needs any. */
export const mongoMigrationsDir = path.join(migrationsDir, 'mongodb')

/** tsx's CLI (its exported `tsx/cli`): child processes run TypeScript entry points as `node <tsxCli> <script.ts>`. */
export const tsxCli = createRequire(path.join(/*turbopackIgnore: true*/ rootDir, 'package.json')).resolve('tsx/cli')
