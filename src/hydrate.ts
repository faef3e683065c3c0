/**
 * Registers every element, able to take over server-rendered snippets
 * (declarative shadow DOM from `renderToString`, the CLI or `dist/ssr/`)
 * without rendering them again. Lit's hydration support must load before
 * LitElement itself, so it comes first here. The CDN file is built from this
 * module; apps that use server-rendered snippets import it (first) instead of
 * the package root.
 */
import './internal/hydrate-begin.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
import './internal/hydrate-end.js';

export * from './index.js';
