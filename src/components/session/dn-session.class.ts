import { DnSection } from '../../internal/dn-section.js';
import { session } from './session.section.js';

/**
 * @tagname dn-session
 * @summary What happens during a session, step by step, and what it may feel like.
 *
 * @csspart list - The numbered steps.
 */
export class DnSession extends DnSection {
  static override readonly section = session;
  static override styles = DnSection.stylesOf(session);
}
