import { DnSection } from '../../internal/dn-section.js';
import { howItWorks } from './how-it-works.section.js';

/**
 * For patients who want to know how a needle without medicine can help
 * before they agree to treatment. It says the effects are possible, not
 * certain; pair it with `<dn-conditions>` for what the research shows.
 *
 * @tagname dn-how-it-works
 * @summary How dry needling works, in simple terms: the twitch and release, the tiny controlled injury that starts healing, and the possible effects.
 *
 * @csspart list - The list of possible effects.
 */
export class DnHowItWorks extends DnSection {
  static override readonly section = howItWorks;
  static override styles = DnSection.stylesOf(howItWorks);
}
