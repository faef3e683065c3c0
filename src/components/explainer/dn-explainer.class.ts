import { DnSection } from '../../internal/dn-section.js';
import { explainer } from './explainer.section.js';

/**
 * @tagname dn-explainer
 * @csspart list - The bulleted list.
 */
export class DnExplainer extends DnSection {
  static override readonly section = explainer;
  static override styles = DnSection.stylesOf(explainer);
}
