// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { lotsenPlugin } from './config/eslint-boundaries.js';

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '**/public/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { lotsen: lotsenPlugin },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Packages meet only through their names and exports (config/eslint-boundaries.js says why).
      'lotsen/workspace-boundaries': 'error',
    },
  },
  {
    // Plain JavaScript outside any tsconfig (the scripts, this file, the web chat page): linted
    // without type information, with the globals of where it runs.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The web chat page is browser JavaScript served as is (no build step); it reads the DOM's
    // globals and its own scripts' globals, which only the page knows.
    files: ['apps/bot/web/**/*.js'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-undef': 'off' },
  },
  {
    // fastify handlers and plugins are async by convention even when they do not await.
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Tests read JSON responses (typed any) and assert on their shape; the unsafe-any rules would
    // only force casts that hide nothing.
    files: ['**/*.test.ts', '**/*.test-support.ts', '**/bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
