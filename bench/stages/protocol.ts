/** How a stage process talks to the bench: one JSON object per stdout line, prefixed so logs can mix in. */
export const PREFIX = '@@bench '

export function emit(message: Record<string, unknown>): void {
  process.stdout.write(`${PREFIX}${JSON.stringify(message)}\n`)
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
