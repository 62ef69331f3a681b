/**
 * What `npm run build --report <file>` writes (site/cli/build.ts) and the
 * admin's local rebuilds read (runners.ts): the outcome, never parsed from logs.
 */
export type BuildReport =
  { ok: true; outDir: string; pages: number; reusedPages: number; bytes: number; ms: number } | { ok: false; step: string; error: string; hint: string }
