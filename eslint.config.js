import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto'].flatMap((m) => [
  m,
  `node:${m}`,
]);
/** Any `node:` module (node:module, node:util …), beyond the common ones named above. */
const nodeScheme = { regex: '^node:', message: 'no Node API here: the host hands it in.' };

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches files and the OS only through the Host interface.
      'no-restricted-imports': [
        'error',
        { paths: ['electron', ...nodeModules], patterns: [nodeScheme] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      // electron/ (main process, preload, CLI) and renderer/ both stand on shared/ and never
      // on each other: what both need (the export core, its options) lives in shared/.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)renderer(/|$)',
              message: 'electron/ never imports renderer/: move what both need into shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // shared/ is pure: no React, DOM, Electron or Node.
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'zustand', '@xyflow/react', ...nodeModules],
          patterns: [nodeScheme],
        },
      ],
    },
  },
);
