/**
 * dry-needling-widgets: importing this module registers every element.
 * To register one element only, import its own module instead,
 * e.g. `dry-needling-widgets/dn-side-effects.js`.
 */
export { DnConditions } from './components/conditions/dn-conditions.js';
export { DnExplainer } from './components/explainer/dn-explainer.js';
export { DnGuide } from './components/guide/dn-guide.js';
export { DnHowItWorks } from './components/how-it-works/dn-how-it-works.js';
export { DnSafetyNotice } from './components/safety-notice/dn-safety-notice.js';
export { DnSession } from './components/session/dn-session.js';
export { DnSideEffects } from './components/side-effects/dn-side-effects.js';
export { DnVsAcupuncture } from './components/vs-acupuncture/dn-vs-acupuncture.js';
export type { TranslationStatus } from './content/translation-status.js';
export { CONTENT_REVIEWED, DnElement } from './internal/dn-element.js';
export type { LocaleErrorDetail } from './internal/locale-controller.js';
export type { Locale } from './internal/locale-tags.js';
export { VERSION } from './version.js';
