import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';

/** The `conditions` section: shown by `<dn-conditions>` and in `<dn-guide>`. */
export const conditions = defineSection({
  name: 'conditions',
  tag: 'dn-conditions',
  title: () => msg('What is it used for?', { id: 'conditions.heading' }),
  group: 'about',
  body: lazy(() => import('./conditions.body.js')),
});
