import { DnSection } from '../../internal/dn-section.js';
import { vsAcupuncture } from './vs-acupuncture.section.js';

/**
 * @tagname dn-vs-acupuncture
 * @csspart table - The comparison table.
 */
export class DnVsAcupuncture extends DnSection {
  static override readonly section = vsAcupuncture;
  static override styles = DnSection.stylesOf(vsAcupuncture);
}
