import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';
import { dnVsAcupunctureStyles } from './dn-vs-acupuncture.styles.js';

/** The `vs-acupuncture` section: shown by `<dn-vs-acupuncture>` and in `<dn-guide>`. */
export const vsAcupuncture = defineSection({
  name: 'vs-acupuncture',
  tag: 'dn-vs-acupuncture',
  title: () => msg('How is it different from acupuncture?', { id: 'vs-acupuncture.heading' }),
  styles: dnVsAcupunctureStyles,
  group: 'about',
  body: lazy(() => import('./vs-acupuncture.body.js')),
});
