// ESLint: typescript-eslint's recommended rules for the TypeScript, eslint-plugin-astro's for the pages.
// @see https://typescript-eslint.io/getting-started  @see https://ota-meshi.github.io/eslint-plugin-astro/user-guide/
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist.*/',
      'data/',
      'tmp/',
      '.astro/',
      'cms/.next/',
      'cms/app/(payload)/admin/importMap.js',
      'cms/payload-types.ts',
      'cms/migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // U+3000 separates items in Chinese text on purpose; it is an error only in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true, skipRegExps: true }],
    },
  },
  {
    // Hostile inputs and raw REST answers are untyped by nature.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The admin's React components.
    files: ['cms/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['site/scripts/**', '**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
