import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';
import { dnChecklistStyles } from './dn-checklist.styles.js';

/** The `checklist` section: shown by `<dn-checklist>` and in `<dn-guide>`. */
export const checklist = defineSection({
  name: 'checklist',
  tag: 'dn-checklist',
  title: () => msg('Before your appointment', { id: 'checklist.heading' }),
  styles: dnChecklistStyles,
  group: 'safety',
  body: lazy(() => import('./checklist.body.js')),
});
