import { defineElement } from '../../internal/define.js';
import { DnConditions } from './dn-conditions.class.js';

export * from './dn-conditions.class.js';

defineElement('dn-conditions', DnConditions);

declare global {
  interface HTMLElementTagNameMap {
    'dn-conditions': DnConditions;
  }
}
