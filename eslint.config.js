import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vitest from '@vitest/eslint-plugin';

const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'fetch',
  'XMLHttpRequest',
];

/**
 * Imports point down this list, never up: app → content → components → tracking → state → domain.
 * src/config (the route table) and lessons/ (authored content) sit beside the floors: anything may use the route
 * table, and only src/content reads lessons/ (docs/architecture.md).
 */
const layer = (target, from, message) => ({ target, from, message });

const LAYER_ZONES = [
  layer(
    './src/domain',
    ['./src/state', './src/tracking', './src/content', './src/components', './src/app', './src/config'],
    'src/domain is pure: it imports no other layer.',
  ),
  layer(
    './src/state',
    ['./src/tracking', './src/content', './src/components', './src/app'],
    'src/state may import only src/domain.',
  ),
  layer(
    './src/tracking',
    ['./src/content', './src/components', './src/app'],
    'src/tracking may import only src/state and src/domain.',
  ),
  layer('./src/content', ['./src/app'], 'src/content may not import src/app.'),
  layer(
    './src/components',
    ['./src/app', './src/content'],
    'src/components may not import src/app or src/content (lesson data reaches them as props).',
  ),
];

/** Shipped code reads authored content only through src/content; tests may load it to check it. */
const CONTENT_ZONE = layer(
  ['./src/app', './src/components', './src/tracking', './src/state', './src/domain', './src/config'],
  './lessons',
  'Only src/content may import lessons/: pass lesson content down as props or arguments.',
);

/**
 * Classic zod (25 KB gzip) is for the content schemas checked at build time and in the tests; the schemas the
 * browser runs use zod/mini through src/domain/lib/zod-mini.ts (docs/decisions/0018-zod-mini-in-the-browser.md).
 */
const CLASSIC_ZOD_MESSAGE =
  'Classic zod is for build-time content schemas only: browser code imports z from src/domain/lib/zod-mini.ts.';
const CLASSIC_ZOD_IMPORT = { name: 'zod', message: CLASSIC_ZOD_MESSAGE };
const CLASSIC_ZOD_ZONE = layer('./src', './src/domain/lib/zod.ts', CLASSIC_ZOD_MESSAGE);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'artifacts',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver': { typescript: true, node: true },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, CONTENT_ZONE, CLASSIC_ZOD_ZONE] }],
      'no-restricted-imports': ['error', { paths: [CLASSIC_ZOD_IMPORT] }],
    },
  },
  {
    // The content schemas, checked when the course is built, may use classic zod.
    files: ['src/content/*-schema.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, CONTENT_ZONE] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [CLASSIC_ZOD_IMPORT],
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                'zustand',
                'zustand/*',
                'framer-motion',
                '@testing-library/*',
              ],
              message: 'src/domain is pure TypeScript: no React, store or UI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({ name, message: 'src/domain may not use browser APIs.' })),
      ],
    },
  },
  {
    // Unit and component tests: an expect inside an `if` or a loop that may not run checks nothing.
    files: ['src/**/*.test.{ts,tsx}', 'lessons/**/*.test.ts', 'tests/unit/**/*.ts'],
    ...vitest.configs.recommended,
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-conditional-expect': 'error',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);
