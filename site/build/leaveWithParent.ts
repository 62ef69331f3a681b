import { isRunning } from './isRunning'

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
  setInterval(() => !isRunning(parentPid) && leave(), 1000).unref()
}

/** The variable a spawning process sets to its own pid for a child that calls leaveWithParent. */
export const parentPidVariable = 'HUIBIAN_PARENT_PID'
