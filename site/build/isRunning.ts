import fs from 'node:fs'

/**
 * Whether a process is still running. A process another user owns counts as
 * running; on Linux a zombie nobody reaped yet (a killed process whose own
 * parent died with it) does not.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  try {
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}
