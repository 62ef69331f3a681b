import path from 'node:path'

/**
 * The repository root. npm scripts run there; bundlers (Next, Vite) move this
 * file, so `import.meta.url` cannot be trusted to find it.
 */
export const rootDir = path.resolve(/*turbopackIgnore: true*/ process.env.HUIBIAN_ROOT ?? process.cwd())

/** Where the embedded database, the generated secret and uploads live (git-ignored). */
export const dataDir = path.resolve(/*turbopackIgnore: true*/ rootDir, process.env.HUIBIAN_DATA_DIR ?? 'data')

export const mediaDir = path.join(dataDir, 'media')

export const contentDir = path.join(rootDir, 'content')

export const migrationsDir = path.join(rootDir, 'cms', 'migrations')

/** MongoDB's own migrations: counterparts of the SQLite ones where the engine needs any. */
export const mongoMigrationsDir = path.join(migrationsDir, 'mongodb')

/** tsx's CLI: child processes run TypeScript entry points as `node <tsxCli> <script.ts>`. */
export const tsxCli = path.join(rootDir, 'node_modules', 'tsx', 'dist', 'cli.mjs')
