import { DnSection } from '../../internal/dn-section.js';
import { vsAcupuncture } from './vs-acupuncture.section.js';

/**
 * For patients who ask "is this acupuncture?": the two methods compared on
 * what they are based on, what they target, their goal and their needles. A
 * real table with a caption and headers; in a narrow column (a sidebar, a
 * phone) each row becomes a block of its own.
 *
 * @tagname dn-vs-acupuncture
 * @summary Dry needling and traditional Chinese acupuncture side by side, in a table with row and column headers.
 *
 * @csspart table - The comparison table.
 */
export class DnVsAcupuncture extends DnSection {
  static override readonly section = vsAcupuncture;
  static override styles = DnSection.stylesOf(vsAcupuncture);
}
