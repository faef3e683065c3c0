import { defineElement } from '../../internal/define.js';
import { DnSideEffects } from './dn-side-effects.class.js';

export * from './dn-side-effects.class.js';

defineElement('dn-side-effects', DnSideEffects);

declare global {
  interface HTMLElementTagNameMap {
    'dn-side-effects': DnSideEffects;
  }
}
