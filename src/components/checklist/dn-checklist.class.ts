import { DnSection } from '../../internal/dn-section.js';
import { checklist } from './checklist.section.js';

/**
 * For the days before a first appointment (a booking confirmation, a pre-visit
 * email): what to tell the clinician and questions to ask, as a list the
 * patient ticks on screen or on paper.
 *
 * Boxes the patient can tick are native checkboxes. Nothing ticked is stored
 * or sent: the ticks live only in the page, and a reload clears them.
 *
 * @tagname dn-checklist
 * @summary Before your appointment: what to tell your clinician and questions to ask, as boxes to tick (nothing is saved or sent).
 *
 * @csspart checklist - The lists of boxes to tick.
 */
export class DnChecklist extends DnSection {
  static override readonly section = checklist;
  static override styles = DnSection.stylesOf(checklist);
}
