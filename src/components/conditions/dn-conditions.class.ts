import { DnSection } from '../../internal/dn-section.js';
import { conditions } from './conditions.section.js';

/**
 * @tagname dn-conditions
 * @csspart list - The list of conditions.
 */
export class DnConditions extends DnSection {
  static override readonly section = conditions;
  static override styles = DnSection.stylesOf(conditions);
}
