/**
 * The server entry (`dry-needling-widgets/server`). Lit's server renderer,
 * `@lit-labs/ssr`, is an optional peer dependency, so that installing the
 * package for the browser does not pull it in. Without it this module stops
 * with one error that says what to install, instead of a resolver trace from
 * deep inside the renderer.
 */
import { litSsrMissing } from './lit-ssr-missing.js';

try {
  await import('@lit-labs/ssr');
} catch (error) {
  throw litSsrMissing(error);
}

const renderer = await import('./renderer.js');

export type { RenderOptions, Tag } from './renderer.js';
export const { renderToString, TAGS } = renderer;
