import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'node_modules/',
      'data/',
      'tests/validate-faces/node_modules/',
      'tests/output/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // shared/ is pure: time arrives in events and randomness from a seeded generator in state,
    // so the same inputs always give the same outputs (docs/architecture.md, "The round engine").
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ is pure: take time from events.' },
        { object: 'Math', property: 'random', message: 'shared/ is pure: use the seeded generator.' },
        { object: 'performance', property: 'now', message: 'shared/ is pure: take time from arguments.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'socket.io*',
            'better-sqlite3',
            'drizzle-orm*',
            'svelte*',
            'express',
          ],
        },
      ],
    },
  },
);
