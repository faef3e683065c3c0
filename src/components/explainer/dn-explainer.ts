import { defineElement } from '../../internal/define.js';
import { DnExplainer } from './dn-explainer.class.js';

export * from './dn-explainer.class.js';

defineElement('dn-explainer', DnExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'dn-explainer': DnExplainer;
  }
}
