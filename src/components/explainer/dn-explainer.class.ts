import { DnSection } from '../../internal/dn-section.js';
import { explainer } from './explainer.section.js';

/**
 * @tagname dn-explainer
 * @summary What dry needling is, why it is called "dry", who does it, and its place in a wider rehab plan.
 *
 * @csspart list - The bulleted list.
 */
export class DnExplainer extends DnSection {
  static override readonly section = explainer;
  static override styles = DnSection.stylesOf(explainer);
}
