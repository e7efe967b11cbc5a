// Lint keeps the architecture honest: lib/ is pure (no browser globals or
// extension APIs outside the storage and messaging modules, no imports from
// the UI), and page text is never rendered as HTML.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NO_HTML_INJECTION = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Page text is untrusted: render with Preact, never innerHTML/outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Page text is untrusted: never insertAdjacentHTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Page text is untrusted: never dangerouslySetInnerHTML.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'Page text is untrusted: never dangerouslySetInnerHTML.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'No eval-like code.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'docs/**',
      'screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...NO_HTML_INJECTION],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // lib/ is pure TypeScript: runs unchanged in the CLI (Node) and the browser.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/store/**', 'lib/messaging.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'browser',
          'chrome',
          'window',
          'document',
          'location',
          'navigator',
          'localStorage',
          'indexedDB',
        ].map((name) => ({
          name,
          message: `lib/ is pure: take a ${name === 'document' ? 'Document' : 'value'} as a parameter instead of using ${name}.`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '**/components/**'],
              message: 'lib/ may not import the UI or entrypoints.',
            },
            {
              group: ['wxt/browser', 'wxt/utils/storage', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'Browser APIs live in lib/store/ and lib/messaging.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components render props; the wiring in entrypoints/ talks to the browser.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt/browser',
                'webextension-polyfill',
                '**/lib/messaging',
                '**/lib/store/**',
              ],
              message: 'Components render props and do not call browser APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
