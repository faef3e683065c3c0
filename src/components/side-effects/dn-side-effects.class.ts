import { DnSection } from '../../internal/dn-section.js';
import { sideEffects } from './side-effects.section.js';

/**
 * For consent and "risks" pages: the common, mild side effects (such as
 * soreness and small bruises) and the rare serious ones, with how often they
 * happened in large studies and the studies listed under the text. The figures
 * and the advice to get emergency help stay in `variant="compact"`: they are
 * safety content.
 *
 * @tagname dn-side-effects
 * @summary Common, mild side effects and the rare serious complications, with how often they happened in large studies.
 *
 * @csspart list - The lists of common and rare side effects.
 */
export class DnSideEffects extends DnSection {
  static override readonly section = sideEffects;
  static override styles = DnSection.stylesOf(sideEffects);
}
