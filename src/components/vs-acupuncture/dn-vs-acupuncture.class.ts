import { DnSection } from '../../internal/dn-section.js';
import { vsAcupuncture } from './vs-acupuncture.section.js';

/**
 * @tagname dn-vs-acupuncture
 * @summary Dry needling and traditional Chinese acupuncture side by side, in a table with row and column headers.
 *
 * @csspart table - The comparison table.
 */
export class DnVsAcupuncture extends DnSection {
  static override readonly section = vsAcupuncture;
  static override styles = DnSection.stylesOf(vsAcupuncture);
}
