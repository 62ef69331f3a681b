import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { build } from 'esbuild'

import { rootDir } from '../paths'
import { runCommand } from './runCommand'

const cmsDir = path.join(rootDir, 'cms')
const stampFile = path.join(cmsDir, '.next', 'huibian-build.json')
// Beside .next, not in it: `next build` empties .next when it starts.
const lockDir = path.join(cmsDir, '.next-build.lock')

/**
 * The files the admin bundle is built from, found the way a bundler finds
 * them: every module reachable from the Next app and its config, wherever it
 * lives (cms/ imports cms/domain, which the site shares). Packages come from
 * the lockfile.
 */
export async function adminSources(): Promise<string[]> {
  const appDir = path.join(cmsDir, 'app')
  const entryPoints = fs
    .readdirSync(appDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(tsx?|jsx?|mjs|css)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
  const { metafile } = await build({
    entryPoints: [...entryPoints, path.join(cmsDir, 'next.config.mjs')],
    absWorkingDir: rootDir,
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    outdir: path.join(cmsDir, '.next', 'fingerprint'),
    logLevel: 'silent',
  })
  return [...Object.keys(metafile.inputs).map((file) => path.join(rootDir, file)), path.join(rootDir, 'package-lock.json')]
}

/** A change to any source of the admin bundle needs a new `next build`. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256')
  for (const file of (await adminSources()).sort()) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(rootDir, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const lockHolder = () => {
  try {
    return Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')) || 0
  } catch {
    return 0
  }
}

/**
 * One `next build` at a time per checkout: two starts (or two test files) that
 * both find the build stale would otherwise write into the same .next at once.
 * A lock left by a process that died is taken over.
 */
async function withBuildLock<T>(log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  let waiting = false
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = lockHolder()
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      // No pid yet: the holder is between mkdir and write, unless that was long ago.
      if (pid ? !processAlive(pid) : age > 30_000) {
        fs.rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (!waiting) log(`Waiting for the admin build of process ${pid || '?'}…`)
      waiting = true
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/** Builds the Payload admin (Next, production mode) unless the last build came from the same sources. */
export async function ensureAdminBuild(log: (line: string) => void): Promise<'built' | 'current'> {
  return withBuildLock(log, () => buildUnlessCurrent(log))
}

async function buildUnlessCurrent(log: (line: string) => void): Promise<'built' | 'current'> {
  const wanted = await fingerprint()
  const stamp = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { fingerprint?: string }) : {}
  if (stamp.fingerprint === wanted && fs.existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) return 'current'
  log('Building the admin (next build, about a minute on first run)…')
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
  await runCommand(process.execPath, [next, 'build', cmsDir], {
    env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    label: 'admin build',
    onLine: (line) => {
      if (/Compiled|Collecting|Generating|Finalizing|error|Error/.test(line)) log(`  ${line.trim()}`)
    },
  })
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint: wanted, builtAt: new Date().toISOString() }))
  return 'built'
}
