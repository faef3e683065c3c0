import { DnSection } from '../../internal/dn-section.js';
import { session } from './session.section.js';

/**
 * @tagname dn-session
 * @csspart list - The numbered steps.
 */
export class DnSession extends DnSection {
  static override readonly section = session;
  static override styles = DnSection.stylesOf(session);
}
