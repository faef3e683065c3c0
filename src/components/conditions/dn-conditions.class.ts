import { DnSection } from '../../internal/dn-section.js';
import { conditions } from './conditions.section.js';

/**
 * For a service page: the problems dry needling is used for, and what the
 * research does and does not show, so patients come with fair expectations.
 *
 * @tagname dn-conditions
 * @summary The muscle and joint problems dry needling is used for, and an honest summary of what research shows.
 *
 * @csspart list - The list of conditions.
 */
export class DnConditions extends DnSection {
  static override readonly section = conditions;
  static override styles = DnSection.stylesOf(conditions);
}
