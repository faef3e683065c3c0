// The CDN file: one self-registering, minified ES module with Lit inlined, built
// from tsc's output in dist/ (the npm build keeps Lit as an external dependency).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/cdn/dry-needling-widgets.min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Lit's "production" export condition is the default; "development" adds dev-mode warnings and size.
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
