import { defineElement } from '../../internal/define.js';
import { DnGuide } from './dn-guide.class.js';

export * from './dn-guide.class.js';

defineElement('dn-guide', DnGuide);

declare global {
  interface HTMLElementTagNameMap {
    'dn-guide': DnGuide;
  }
}
