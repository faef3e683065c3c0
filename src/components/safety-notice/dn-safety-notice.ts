import { defineElement } from '../../internal/define.js';
import { DnSafetyNotice } from './dn-safety-notice.class.js';

export * from './dn-safety-notice.class.js';

defineElement('dn-safety-notice', DnSafetyNotice);

declare global {
  interface HTMLElementTagNameMap {
    'dn-safety-notice': DnSafetyNotice;
  }
}
