/**
 * Registers every element after the page's first paint, for pages that print
 * server-rendered snippets (declarative shadow DOM from `renderToString`, the
 * CLI or `dist/ssr/`): the snippet is on screen at once, and each element
 * replaces it with identical live content in one step once defined. The
 * `.hydrate` CDN file is built from this module; apps that use server-rendered
 * snippets import it instead of the package root.
 */
import './internal/defer-definitions.js';
import './index.js';

export * from './index.js';
