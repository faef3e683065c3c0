import { DnSection } from '../../internal/dn-section.js';
import { sideEffects } from './side-effects.section.js';

/**
 * @tagname dn-side-effects
 * @csspart list - The lists of common and rare side effects.
 */
export class DnSideEffects extends DnSection {
  static override readonly section = sideEffects;
  static override styles = DnSection.stylesOf(sideEffects);
}
