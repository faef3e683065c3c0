import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';

/** The `how-it-works` section: shown by `<dn-how-it-works>` and in `<dn-guide>`. */
export const howItWorks = defineSection({
  name: 'how-it-works',
  tag: 'dn-how-it-works',
  title: () => msg('How does it work?', { id: 'how-it-works.heading' }),
  group: 'about',
  body: lazy(() => import('./how-it-works.body.js')),
});
