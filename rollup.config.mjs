// The CDN build: one self-registering, minified ES module with Lit inlined,
// plus one small file per language beside it in locales/, fetched only when an
// element on the page uses that language. Built from tsc's output in dist/
// (the npm build keeps Lit as an external dependency).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'dry-needling-widgets.min.js',
    chunkFileNames: 'locales/[name]-[hash].min.js',
    sourcemap: true,
  },
  plugins: [
    // Lit's "production" export condition is the default; "development" adds dev-mode warnings and size.
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
