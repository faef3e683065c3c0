import { defineElement } from '../../internal/define.js';
import { DnChecklist } from './dn-checklist.class.js';

export * from './dn-checklist.class.js';

defineElement('dn-checklist', DnChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'dn-checklist': DnChecklist;
  }
}
