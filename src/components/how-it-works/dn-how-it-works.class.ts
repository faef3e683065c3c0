import { DnSection } from '../../internal/dn-section.js';
import { howItWorks } from './how-it-works.section.js';

/**
 * @tagname dn-how-it-works
 * @csspart list - The list of possible effects.
 */
export class DnHowItWorks extends DnSection {
  static override readonly section = howItWorks;
  static override styles = DnSection.stylesOf(howItWorks);
}
