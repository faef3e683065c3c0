// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules
// everywhere, Lit's and web components' rules on the elements, tests and stories.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-wordpress/',
      'storybook-static/',
      'screenshots/',
      '.scratch/',
      // Written by lit-localize.
      'src/generated/',
      // WordPress's own JavaScript style and globals (wp.*), loaded by WordPress without a build.
      'integrations/wordpress/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
  },
  { languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['test/**'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests loop over tags with static html (lit/static-html.js), which the Lit rules read as plain html.
      'lit/binding-positions': 'off',
      'lit/no-invalid-html': 'off',
    },
  },
  {
    // Checks that terminal escapes and other control characters never reach the output.
    files: ['test/ssr/render.test.mjs'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', 'test/hostile/**', 'test/ssr/**', 'src/server/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
