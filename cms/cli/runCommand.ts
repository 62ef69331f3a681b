import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'

import { rootDir } from '../paths'

export type RunOptions = {
  env?: Record<string, string | undefined>
  /** Named in the error when the command fails. */
  label: string
  onLine?: (line: string) => void
}

/** Runs a command to completion; rejects with its last output lines when it fails. */
export function runCommand(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startCommand(command, args, options)
    const tail: string[] = []
    const collect = (line: string) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
      options.onLine?.(line)
    }
    readline.createInterface({ input: child.stdout! }).on('line', collect)
    readline.createInterface({ input: child.stderr! }).on('line', collect)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${options.label} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`))
    })
  })
}

/** Starts a long-running command with the project's environment; its output goes to ours. */
export function startCommand(command: string, args: string[], options: Pick<RunOptions, 'env'> & { inherit?: boolean } = {}): ChildProcess {
  return spawn(command, args, {
    cwd: rootDir,
    env: { ...process.env, HUIBIAN_ROOT: rootDir, ...options.env },
    stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
}
