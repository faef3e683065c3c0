import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';

/**
 * The `side-effects` section: shown by `<dn-side-effects>` and in `<dn-guide>`.
 * The risk figures and the "what to do" line are safety content: the compact
 * variant keeps them, with the larger study's (higher) rate of mild side effects.
 */
export const sideEffects = defineSection({
  name: 'side-effects',
  tag: 'dn-side-effects',
  title: () => msg('Side effects and risks', { id: 'side-effects.heading' }),
  group: 'safety',
  body: lazy(() => import('./side-effects.body.js')),
});
