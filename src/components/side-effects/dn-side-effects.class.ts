import { DnSection } from '../../internal/dn-section.js';
import { sideEffects } from './side-effects.section.js';

/**
 * @tagname dn-side-effects
 * @summary Common, mild side effects and the rare serious complications, with how often they happened in large studies.
 *
 * @csspart list - The lists of common and rare side effects.
 */
export class DnSideEffects extends DnSection {
  static override readonly section = sideEffects;
  static override styles = DnSection.stylesOf(sideEffects);
}
