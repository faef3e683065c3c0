import { DnSection } from '../../internal/dn-section.js';
import { safetyNotice } from './safety-notice.section.js';

/**
 * For every page where patients can book: who may do dry needling, what to
 * tell the clinician first, and the line saying the text is education, not
 * medical advice. The `contact` slot puts the clinic's details just before
 * that line. `variant="compact"` keeps all of it: it is safety content.
 *
 * @tagname dn-safety-notice
 * @summary Who may do dry needling, what to tell your provider first, and the educational-use disclaimer.
 *
 * @slot contact - The clinic's contact details or booking link, shown before the disclaimer.
 *
 * @csspart contact - The wrapper around the contact slot.
 * @csspart notice - The highlighted box about who may do dry needling.
 * @csspart before-you-start - The "Before you start" box: what to tell your clinician.
 * @csspart list - The list of things to tell your provider.
 * @csspart disclaimer - The "education only, not medical advice" line.
 */
export class DnSafetyNotice extends DnSection {
  static override readonly section = safetyNotice;
  static override styles = DnSection.stylesOf(safetyNotice);
}
