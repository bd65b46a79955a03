// Lint rules: typescript-eslint recommended, React hooks' recommended rules, and one
// architectural rule: only src/graph/ may talk to Cytoscape.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The recommended set (the React Compiler's checks: refs, purity, set-state-in-effect,
      // …), with exhaustive-deps raised from a warning to an error.
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'cytoscape', message: 'Only src/graph/ talks to Cytoscape.' },
            { name: 'cytoscape-fcose', message: 'Only src/graph/ talks to Cytoscape.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'zustand', 'cytoscape*'],
              message: 'domain/ is pure TypeScript.',
            },
            {
              group: ['../store/*', '../graph/*', '../components/*', '../app/*'],
              message: 'domain/ imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
);
