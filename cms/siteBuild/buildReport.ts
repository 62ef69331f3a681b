/**
 * What `npm run build --report <file>` writes (site/cli/build.ts) and the
 * admin's local rebuilds read (runners.ts): the outcome, never parsed from logs.
 */
export type BuildReport =
  { ok: true; outDir: string; pages: number; reusedPages: number; bytes: number; ms: number } | { ok: false; step: string; error: string; hint: string }

/** What the admin's rebuilds send the warm builder (site/cli/warmBuilder.ts): the output folder, and variables for this build only. */
export type WarmBuildRequest = { type: 'build'; outDir?: string; env: Record<string, string> }
/** Its answer: the report of the build, and whether the builder leaves after it (the next build then starts a new one). */
export type WarmBuildReply = { type: 'built'; report: BuildReport; leaving: boolean }
