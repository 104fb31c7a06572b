import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  '../ui',
  '../ui/*',
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
              group: ['**/io/persistence', '**/io/importFiles', '**/io/exportJourney', 'zod'],
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
