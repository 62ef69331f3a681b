/**
 * Runs one stage script as its own process (Node with tsx, no npm or shell in
 * between), timing it and sampling the memory of it and every process it
 * starts. The script reports through protocol.ts lines; other output is kept
 * for the error message.
 */
import { spawn } from 'node:child_process'
import readline from 'node:readline'

import { tsxCli } from '../../cms/paths'
import { TreeSampler, type TreePeaks } from '../measure/processTree'
import { PREFIX } from './protocol'

export type StageMessage = Record<string, unknown>

export type StageRun<T> = {
  ms: number
  peaks: TreePeaks
  result: T
  /** Windows the script marked with {step: name}: each step's time and peaks. */
  steps: { name: string; ms: number; peaks: TreePeaks }[]
}

export class StageError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(message)
    this.name = 'StageError'
  }
}

export async function runStage<T>(
  stage: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  onMessage: (message: StageMessage) => void = () => undefined,
): Promise<StageRun<T>> {
  const started = performance.now()
  const child = spawn(process.execPath, [tsxCli, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const sampler = new TreeSampler(child.pid!).start()
  const tail: string[] = []
  const steps: StageRun<T>['steps'] = []
  let step: { name: string; started: number } | undefined
  let result: T | undefined
  const endStep = () => {
    if (step) steps.push({ name: step.name, ms: Math.round(performance.now() - step.started), peaks: sampler.windowPeaks() })
    step = undefined
  }
  const keep = (line: string) => {
    tail.push(line)
    if (tail.length > 40) tail.shift()
  }
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith(PREFIX)) return keep(line)
    const message = JSON.parse(line.slice(PREFIX.length)) as StageMessage
    if (typeof message.step === 'string') {
      endStep()
      sampler.reset()
      step = { name: message.step, started: performance.now() }
    } else if ('result' in message) {
      result = message.result as T
    }
    onMessage(message)
  })
  readline.createInterface({ input: child.stderr }).on('line', keep)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  endStep()
  const peaks = sampler.stop()
  const ms = Math.round(performance.now() - started)
  if (code !== 0 || result === undefined) {
    throw new StageError(
      stage,
      `${stage} failed (exit ${code}):\n${tail
        .filter((l) => !/^npm warn/.test(l))
        .slice(-25)
        .join('\n')}`,
    )
  }
  return { ms, peaks, result, steps }
}
