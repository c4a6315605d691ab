// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noFocusedTests = ['describe', 'it', 'test'].flatMap((object) =>
  ['only', 'skip', 'todo'].map((property) => ({
    object,
    property,
    message: 'Focused, skipped or empty tests are not allowed.',
  })),
);

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      eqeqeq: ['error', 'always'],
      'no-restricted-properties': ['error', ...noFocusedTests],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Use explicit named exports.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'decimal.js', message: "Import { D } from 'src/core/decimal' instead." }] },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'decimal.js', message: "Import { D } from './decimal' instead." },
            { name: 'react', message: 'src/core is pure: no React.' },
            { name: 'react-dom', message: 'src/core is pure: no React.' },
            { name: 'zustand', message: 'src/core is pure: no store.' },
            { name: 'recharts', message: 'src/core is pure: no charts.' },
          ],
          patterns: [
            {
              group: ['**/store/**', '**/features/**', '**/components/**', 'react/*', 'zustand/*'],
              message: 'src/core imports nothing from the UI layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
      'no-restricted-properties': [
        'error',
        ...noFocusedTests,
        { object: 'Date', property: 'now', message: 'Pass time into core as an argument.' },
      ],
    },
  },
  {
    files: ['src/core/decimal.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/store/**', 'zustand'], message: 'Components take props only.' }],
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'vite.config.ts', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
