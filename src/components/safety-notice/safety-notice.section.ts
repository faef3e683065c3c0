import { msg } from '../../internal/localize.js';
import { lazy } from '../../internal/lazy.js';
import { defineSection } from '../../internal/section.js';
import { dnSafetyNoticeStyles } from './dn-safety-notice.styles.js';

/**
 * The `safety-notice` section: shown by `<dn-safety-notice>` and in `<dn-guide>`.
 * Who may needle is safety content: the compact variant keeps all of it.
 */
export const safetyNotice = defineSection({
  name: 'safety-notice',
  tag: 'dn-safety-notice',
  title: () => msg('Is it safe for me?', { id: 'safety-notice.heading' }),
  styles: dnSafetyNoticeStyles,
  group: 'safety',
  body: lazy(() => import('./safety-notice.body.js')),
});
