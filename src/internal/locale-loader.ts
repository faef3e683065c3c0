import type { TemplateMap } from '@lit/localize/internal/types.js';
import type { targetLocales } from '../generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

interface LocaleModule {
  templates: TemplateMap;
}

/**
 * One dynamic import per language, written out so that every bundler (rollup
 * for the CDN file, the app's own bundler for the npm build) splits each
 * language into its own file, downloaded only when an element uses it.
 */
const LOADERS: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  it: () => import('../generated/locales/it.js'),
  ko: () => import('../generated/locales/ko.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ru: () => import('../generated/locales/ru.js'),
  tl: () => import('../generated/locales/tl.js'),
  vi: () => import('../generated/locales/vi.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};

const loaded = new Map<TargetLocale, TemplateMap>();
const pending = new Map<TargetLocale, Promise<TemplateMap>>();

/** Messages of a language already loaded on this page, if any (synchronous, for rendering). */
export function loadedMessages(locale: string): TemplateMap | undefined {
  return loaded.get(locale as TargetLocale);
}

/**
 * Loads a language's messages once per page, however many elements ask.
 * A failed load is forgotten, so a later element may try again.
 */
export function loadMessages(locale: TargetLocale): Promise<TemplateMap> {
  let request = pending.get(locale);
  if (!request) {
    request = LOADERS[locale]().then(
      (module) => {
        loaded.set(locale, module.templates);
        return module.templates;
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, request);
  }
  return request;
}

export type { TargetLocale };
