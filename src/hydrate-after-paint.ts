/**
 * The CDN's hydration file (`dry-needling-widgets.hydrate.min.js`), for pages
 * built from server-rendered snippets: a few hundred bytes that import the
 * library (the CDN entry, `index.ts`, and its core) only once the page has
 * painted its first frame. Imported statically, the library was fetched and
 * compiled while the browser was still parsing the page, and that alone made
 * the server-rendered guide's text ready about 1.4× later than the same page
 * as static HTML (`npm run bench`, "What the gap is made of" in the README).
 * The README's snippet imports this file itself only after the first frame
 * (its inline loader: `loaderCode` in demo/snippets.js); the WordPress plugin
 * prints a script tag for it. The snippets are on screen as printed; the
 * elements take them over as they are (see `DnElement.createRenderRoot`). It
 * exports nothing: import the classes from the CDN entry, which is the same
 * copy of the library.
 */
import { afterFirstPaint } from './internal/first-paint.js';

void afterFirstPaint()
  .then(() => import('./index.js'))
  .catch((error: unknown) =>
    // Not warnOnce (warn.ts): this file imports nothing of the library before the first paint. Same prefix.
    console.warn(
      `dry-needling-widgets: the library could not be loaded (${String(error)}); the server-rendered content stays as printed, but its collapsible parts and table of contents need the script.`,
    ),
  );
