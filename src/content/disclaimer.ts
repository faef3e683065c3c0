import { msg } from '../internal/localize.js';

/** The educational-use disclaimer, shown by dn-safety-notice and, when it leaves that section out, dn-guide. */
export const disclaimer = () =>
  msg('This information is for education only. It is not medical advice. Ask your own clinician about your care.', {
    id: 'common.disclaimer',
  });
