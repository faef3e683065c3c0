import { msg } from '../internal/localize.js';

/**
 * What to discuss with the clinician before treatment, in one place:
 * `dn-safety-notice` lists it and `dn-guide`'s structured data names each as a
 * (relative) contraindication.
 */
export const discussFirst = () => [
  msg('have a bleeding problem', { id: 'safety-notice.bleeding' }),
  msg('take any medicines, such as blood thinners', { id: 'safety-notice.medicines' }),
  msg('are pregnant', { id: 'safety-notice.pregnancy' }),
  msg('are afraid of needles', { id: 'safety-notice.needle-fear' }),
];
