import { DnSection } from '../../internal/dn-section.js';
import { howItWorks } from './how-it-works.section.js';

/**
 * @tagname dn-how-it-works
 * @summary How dry needling works, in simple terms: the twitch and release, the tiny controlled injury that starts healing, and the possible effects.
 *
 * @csspart list - The list of possible effects.
 */
export class DnHowItWorks extends DnSection {
  static override readonly section = howItWorks;
  static override styles = DnSection.stylesOf(howItWorks);
}
