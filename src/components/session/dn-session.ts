import { defineElement } from '../../internal/define.js';
import { DnSession } from './dn-session.class.js';

export * from './dn-session.class.js';

defineElement('dn-session', DnSession);

declare global {
  interface HTMLElementTagNameMap {
    'dn-session': DnSession;
  }
}
