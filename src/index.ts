/**
 * dry-needling-widgets: importing this module registers every element.
 * To register one element only, import its own module instead,
 * e.g. `dry-needling-widgets/dist/components/side-effects/dn-side-effects.js`.
 */
export { DnConditions } from './components/conditions/dn-conditions.js';
export { DnExplainer } from './components/explainer/dn-explainer.js';
export { DnGuide } from './components/guide/dn-guide.js';
export { DnHowItWorks } from './components/how-it-works/dn-how-it-works.js';
export { DnSafetyNotice } from './components/safety-notice/dn-safety-notice.js';
export { DnSession } from './components/session/dn-session.js';
export { DnSideEffects } from './components/side-effects/dn-side-effects.js';
export { DnVsAcupuncture } from './components/vs-acupuncture/dn-vs-acupuncture.js';
export { CONTENT_REVIEWED, DnElement } from './internal/dn-element.js';
export { VERSION } from './version.js';
