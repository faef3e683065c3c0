import { defineElement } from '../../internal/define.js';
import { DnHowItWorks } from './dn-how-it-works.class.js';

export * from './dn-how-it-works.class.js';

defineElement('dn-how-it-works', DnHowItWorks);

declare global {
  interface HTMLElementTagNameMap {
    'dn-how-it-works': DnHowItWorks;
  }
}
