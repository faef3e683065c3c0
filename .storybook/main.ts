import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Lower class fields and other newer syntax the same way for dev and build;
  // the elements use no decorators, so no decorator transform is involved.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    esbuild: { ...(viteConfig.esbuild || {}), target: 'es2022' },
  }),
};

export default config;
