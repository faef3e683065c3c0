import { DnSection } from '../../internal/dn-section.js';
import { session } from './session.section.js';

/**
 * For a "your first visit" page or a booking confirmation: what will happen
 * during a session, step by step, and what the patient may feel, so nothing
 * comes as a surprise.
 *
 * @tagname dn-session
 * @summary What happens during a session, step by step, and what it may feel like.
 *
 * @csspart list - The numbered steps.
 */
export class DnSession extends DnSection {
  static override readonly section = session;
  static override styles = DnSection.stylesOf(session);
}
