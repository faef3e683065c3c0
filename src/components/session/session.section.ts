import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';

/** The `session` section: shown by `<dn-session>` and in `<dn-guide>`. */
export const session = defineSection({
  name: 'session',
  tag: 'dn-session',
  title: () => msg('What happens during a session?', { id: 'session.heading' }),
  group: 'about',
  body: lazy(() => import('./session.body.js')),
});
