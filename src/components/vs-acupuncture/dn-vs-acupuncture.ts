import { defineElement } from '../../internal/define.js';
import { DnVsAcupuncture } from './dn-vs-acupuncture.class.js';

export * from './dn-vs-acupuncture.class.js';

defineElement('dn-vs-acupuncture', DnVsAcupuncture);

declare global {
  interface HTMLElementTagNameMap {
    'dn-vs-acupuncture': DnVsAcupuncture;
  }
}
