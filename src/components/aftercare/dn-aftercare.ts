import { defineElement } from '../../internal/define.js';
import { DnAftercare } from './dn-aftercare.class.js';

export * from './dn-aftercare.class.js';

defineElement('dn-aftercare', DnAftercare);

declare global {
  interface HTMLElementTagNameMap {
    'dn-aftercare': DnAftercare;
  }
}
