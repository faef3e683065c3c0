import { DnSection } from '../../internal/dn-section.js';
import { explainer } from './explainer.section.js';

/**
 * Where to start: an introduction for patients who have just heard the words
 * "dry needling", for the top of a treatment page or a service description.
 * It says what the treatment is and who does it, in plain language; the other
 * elements go deeper into each topic.
 *
 * @tagname dn-explainer
 * @summary What dry needling is, why it is called "dry", who does it, and its place in a wider rehab plan.
 *
 * @csspart list - The bulleted list.
 */
export class DnExplainer extends DnSection {
  static override readonly section = explainer;
  static override styles = DnSection.stylesOf(explainer);
}
