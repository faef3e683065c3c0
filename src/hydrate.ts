/**
 * Registers every element after the page's first paint, for pages built from
 * server-rendered snippets (declarative shadow DOM from `renderToString`, the
 * CLI or `dist/ssr/`). Every entry keeps such a snippet on show as it is,
 * without rendering it again (see `DnElement.createRenderRoot`); this one also
 * leaves the first paint to the page. Apps that use server-rendered snippets
 * may import it instead of the package root. (The CDN's hydration file,
 * `hydrate-after-paint.ts`, goes further: it does not even load the library
 * before the first paint.)
 */
import './internal/hydrate-begin.js';
import './index.js';

export * from './index.js';
