import type { Locale } from '../internal/locale-tags.js';

/** Where a language's text comes from, so a clinic can judge it before publishing. */
export interface TranslationStatus {
  /** Who or what wrote this language's text. */
  readonly producedBy: string;
  /** `source`: the original text; `unreviewed`: not yet checked by a qualified medical translator; `reviewed`: checked. */
  readonly review: 'source' | 'unreviewed' | 'reviewed';
}

const MACHINE: TranslationStatus = {
  producedBy: 'Machine translation by an AI language model (Claude), November 2026',
  review: 'unreviewed',
};

/** Kept in step with locales/README.md. */
export const TRANSLATION_STATUS: Readonly<Record<Locale, TranslationStatus>> = {
  en: { producedBy: 'Original text of the library, checked against the cited sources', review: 'source' },
  ar: MACHINE,
  de: MACHINE,
  es: MACHINE,
  fr: MACHINE,
  it: MACHINE,
  ko: MACHINE,
  pl: MACHINE,
  pt: MACHINE,
  ru: MACHINE,
  tl: MACHINE,
  vi: MACHINE,
  'zh-Hans': MACHINE,
  'zh-Hant': MACHINE,
};
