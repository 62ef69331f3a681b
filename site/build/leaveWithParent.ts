import fs from 'node:fs'

/**
 * Ends this process when the one that started it is gone. tsx's CLI stands
 * between a parent and the script it runs and outlives the parent, so the IPC
 * channel need not close when the parent dies without a word (killed, out of
 * memory): the parent's own process is watched as well. Long-lived helpers
 * (the warm builder, the search index's process and its shard workers) would
 * otherwise pile up, a few hundred MB each.
 */
export function leaveWithParent(parentPid: number, leave: () => void): void {
  process.on('disconnect', leave)
  if (!(parentPid > 0)) return
  setInterval(() => gone(parentPid) && leave(), 1000).unref()
}

/** Whether a process has ended: no such process, or (on Linux) a zombie that nobody reaped yet, as a killed process whose own parent died with it stays. */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return true
  }
  try {
    return /\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** The variable a spawning process sets to its own pid for a child that calls leaveWithParent. */
export const parentPidVariable = 'HUIBIAN_PARENT_PID'
