/**
 * React components for every element, made with @lit/react: typed props for
 * the elements' properties, and `onDnLocaleError` for the `dn-locale-error`
 * event. Import from `dry-needling-widgets/react`; React is a peer dependency.
 *
 * @example
 * import { DnGuide } from 'dry-needling-widgets/react';
 * <DnGuide toc headingLevel={2} lang="es" onDnLocaleError={(e) => console.log(e.detail)} />
 */
import { createComponent, type EventName } from '@lit/react';
// Default import: React ships CommonJS, whose default export every bundler and Node provide.
import React from 'react';
import {
  DnConditions as DnConditionsElement,
  DnExplainer as DnExplainerElement,
  DnGuide as DnGuideElement,
  DnHowItWorks as DnHowItWorksElement,
  DnSafetyNotice as DnSafetyNoticeElement,
  DnSession as DnSessionElement,
  DnSideEffects as DnSideEffectsElement,
  DnVsAcupuncture as DnVsAcupunctureElement,
} from '../index.js';
import type { LocaleErrorDetail } from '../internal/locale-controller.js';

const events = {
  onDnLocaleError: 'dn-locale-error' as EventName<CustomEvent<LocaleErrorDetail>>,
};

function wrap<T extends HTMLElement>(tagName: string, elementClass: new () => T) {
  return createComponent({ react: React, tagName, elementClass, events });
}

export const DnExplainer = wrap('dn-explainer', DnExplainerElement);
export const DnHowItWorks = wrap('dn-how-it-works', DnHowItWorksElement);
export const DnConditions = wrap('dn-conditions', DnConditionsElement);
export const DnSession = wrap('dn-session', DnSessionElement);
export const DnSideEffects = wrap('dn-side-effects', DnSideEffectsElement);
export const DnVsAcupuncture = wrap('dn-vs-acupuncture', DnVsAcupunctureElement);
export const DnSafetyNotice = wrap('dn-safety-notice', DnSafetyNoticeElement);
export const DnGuide = wrap('dn-guide', DnGuideElement);
