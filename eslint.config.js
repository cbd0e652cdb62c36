import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const web = ['app', 'features', 'components', 'stores', 'lib'].map((d) => `./src/${d}`);
const node = ['./src/proxy', './src/simulator', './src/launcher', './src/bench'];
const everythingButDomain = [...web, ...node, './src/main.tsx'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'e2e-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: everythingButDomain,
              message: 'src/domain is pure: it imports nothing from the app, proxy or simulator.',
            },
            {
              target: web,
              from: node,
              message: 'The web app talks to the proxy over HTTP only.',
            },
            {
              target: './src/proxy',
              from: [...web, './src/simulator', './src/launcher', './src/bench'],
              message: 'The proxy depends on the domain only.',
            },
            {
              target: './src/simulator',
              from: [...web, './src/proxy', './src/launcher', './src/bench'],
              message: 'The simulator depends on the domain only.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
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
              group: ['react', 'react-*', '@mui/*', '@tanstack/*', 'zustand', 'zustand/*'],
              message: 'src/domain has no React.',
            },
            { group: ['node:*', 'undici', 'pino', 'sirv'], message: 'src/domain has no Node.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [
      'src/{proxy,simulator,launcher,bench}/**/*.ts',
      'e2e/**/*.ts',
      '*.config.{js,ts}',
      'src/launcher/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/{app,features,components,stores,lib}/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Playwright reads fixture dependencies from the destructuring pattern, empty included.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  ...pluginQuery.configs['flat/recommended'],
);
