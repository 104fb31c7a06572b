import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

/**
 * Features that import another feature, each with the reason (resan/layers). Everything else
 * between features goes through the store or the kit.
 */
const FEATURE_PAIRS = [
  {
    from: 'scenarios',
    to: 'timeline',
    reason: 'the side-by-side and mini timelines draw with the timeline’s scale, axis, ticks and bars',
  },
  {
    from: 'scenarios',
    to: 'editing',
    reason: 'a scenario’s added intervention is written with the same fields as the editing forms',
  },
  {
    from: 'timeline',
    to: 'rules',
    reason: 'every rule sentence in the details links to its place on the rules page',
  },
  {
    from: 'timeline',
    to: 'editing',
    reason: 'removing an item from the details card asks first what scenarios lose (the editing flow)',
  },
  {
    from: 'findings',
    to: 'editing',
    reason: 'removing an item from the tables asks first what scenarios lose (the editing flow)',
  },
  { from: 'cohort', to: 'timeline', reason: 'the cohort’s charts use the timeline’s kind colours' },
];

/** Imports that the pure domain must never reach. */
const IMPURE_MODULES = [
  'react',
  'react-dom',
  'react-dom/*',
  'd3-selection',
  'd3-zoom',
  'd3-brush',
  'd3-transition',
  'zustand',
  'zustand/*',
  'idb',
  'i18next',
  'react-i18next',
];
const IMPURE_PATHS = [
  '../store',
  '../store/*',
  '../io',
  '../io/*',
  '../kit',
  '../kit/*',
  '../app',
  '../app/*',
  '../timeline/*',
  '../i18n',
  '../i18n/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'playwright-report',
      'test-results',
      'test-results-*',
      'reports',
      '.stryker-tmp',
      'schema',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The layers of src/, lowest first: domain ← i18n, demo ← store ← workers ← io ← kit ← features ← app.
    // Features do not import each other, but for the pairs below, each with its reason.
    // Tests may take their data from anywhere (a domain test uses the demo journey).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { resan: layers },
    rules: {
      'resan/layers': [
        'error',
        {
          root: 'src',
          layers: {
            domain: 0,
            i18n: 1,
            demo: 1,
            store: 2,
            workers: 3,
            io: 4,
            kit: 5,
            a11y: 6,
            cohort: 6,
            editing: 6,
            findings: 6,
            library: 6,
            rules: 6,
            scenarios: 6,
            timeline: 6,
            app: 7,
            '.': 8,
          },
          allow: FEATURE_PAIRS,
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Storage goes through src/io only.' },
        { name: 'indexedDB', message: 'Storage goes through src/io only.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Imported text must never become markup.',
        },
      ],
    },
  },
  {
    // Storage lives behind src/io; tests may look into the browser's storage directly.
    files: ['src/io/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The domain is pure: no React, DOM, d3 selections, storage or clock.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IMPURE_MODULES.filter((m) => !m.includes('*')),
          patterns: [...IMPURE_MODULES.filter((m) => m.includes('*')), ...IMPURE_PATHS],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'sessionStorage',
        'navigator',
        'fetch',
        'XMLHttpRequest',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'The domain never reads the clock or builds local-time dates: use calendar days.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: pass asOf in.',
        },
      ],
    },
  },
  {
    // The first screen stays small (issue #11): the library, the importer (zod) and the exports
    // are reached through src/io/later.ts, which loads them on first use.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/io/**', 'src/domain/**', 'src/workers/**', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/io/persistence', '**/io/persistence/**', '**/io/importFiles', '**/io/exportJourney', 'zod'],
              allowTypeImports: true,
              message: 'Not on the first screen: import it from src/io/later.ts (or with import()).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'tests/**/*.ts', 'src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright fixtures call their argument `use`; it is not a React hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
