/**
 * Astro's build run in this process, through its documented JavaScript API,
 * for the warm builder (warmBuilder.ts). From the second build on, Astro,
 * Vite, Payload and what they import are loaded already and the CMS is open.
 * Astro's output goes through the same reader as the child process's
 * (buildSite.ts), so the log and the errors read the same.
 * @see https://docs.astro.build/en/reference/programmatic-reference/#build
 */
import fs from 'node:fs'

import { build } from 'astro'

import { astroBuildEnv, astroOutputReader, astroReportFileOf, finishAstroBuild, type BuildStep, type Env } from './buildSite'

export const inProcessAstroBuildStep: BuildStep = {
  name: 'render the site (astro build, in the warm builder)',
  run: async (ctx) => {
    const output: string[] = []
    fs.rmSync(astroReportFileOf(ctx), { force: true })
    const onLine = astroOutputReader(ctx, output)
    const restoreEnv = setEnv(astroBuildEnv(ctx))
    const restoreOutput = captureOutput(onLine)
    let succeeded = false
    try {
      await build({ root: ctx.rootDir })
      succeeded = true
    } catch (error) {
      // The CLI prints the error's message; the step reads it from there.
      String((error as Error)?.message ?? error)
        .split('\n')
        .forEach(onLine)
    } finally {
      restoreOutput()
      restoreEnv()
    }
    finishAstroBuild(ctx, succeeded, output)
  },
}

/** Sets the variables for the build; returns what puts the previous values back. */
function setEnv(vars: Env): () => void {
  const previous = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]))
  const apply = (values: Env) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(vars)
  return () => apply(previous)
}

/**
 * Sends what Astro writes to stdout and stderr to `onLine`, a line at a time.
 * What `onLine` itself writes (the build's log) passes through.
 */
function captureOutput(onLine: (line: string) => void): () => void {
  const streams = [process.stdout, process.stderr]
  const originals = streams.map((stream) => stream.write)
  const rests = streams.map(() => '')
  let passing = false
  streams.forEach((stream, i) => {
    const original = originals[i]!
    stream.write = ((chunk: string | Uint8Array, ...args: unknown[]) => {
      if (passing) return original.call(stream, chunk, ...(args as []))
      passing = true
      try {
        const lines = (rests[i] + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).split('\n')
        rests[i] = lines.pop() ?? ''
        lines.forEach(onLine)
      } finally {
        passing = false
      }
      const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
      done?.()
      return true
    }) as typeof stream.write
  })
  return () => {
    streams.forEach((stream, i) => (stream.write = originals[i]!))
    rests.filter(Boolean).forEach(onLine)
  }
}
