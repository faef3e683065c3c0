import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';
import { dnAftercareStyles } from './dn-aftercare.styles.js';

/** The `aftercare` section: shown by `<dn-aftercare>` and in `<dn-guide>`. */
export const aftercare = defineSection({
  name: 'aftercare',
  tag: 'dn-aftercare',
  title: () => msg('After your session', { id: 'aftercare.heading' }),
  styles: dnAftercareStyles,
  group: 'safety',
  body: lazy(() => import('./aftercare.body.js')),
});
