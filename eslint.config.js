import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const notInCore = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'electron'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core is pure: no UI, storage, DOM or shell. Keeps it testable in Node and reusable by the CLI.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: notInCore.map((name) => ({ name, message: 'src/core stays pure.' })),
          patterns: [
            { group: ['react/*', 'dexie/*', 'electron/*'], message: 'src/core stays pure.' },
            {
              group: ['**/ui/**', '**/db/**', '**/host/**', '**/workers/**'],
              message: 'core depends on nothing of ours.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'indexedDB',
        'DOMParser',
      ],
    },
  },
  {
    // Spread arguments put every element on the call stack: an input-sized array overflows it
    // (found.push(...echoes) crashed on two copies of a 5 MB text). Loop instead.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message: 'No spread arguments in core: their size grows with the input. Use a loop.',
        },
      ],
    },
  },
);
