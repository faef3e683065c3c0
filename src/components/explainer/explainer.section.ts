import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';

/** The `explainer` section: shown by `<dn-explainer>` and in `<dn-guide>`. */
export const explainer = defineSection({
  name: 'explainer',
  tag: 'dn-explainer',
  title: () => msg('What is dry needling?', { id: 'explainer.heading' }),
  group: 'about',
  body: lazy(() => import('./explainer.body.js')),
});
