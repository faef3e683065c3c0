import { allLocales, sourceLocale } from '../generated/locale-codes.js';

/** A language the library ships, e.g. `en`, `es`, `zh-Hans`. */
export type Locale = (typeof allLocales)[number];

export const SOURCE_LOCALE: Locale = sourceLocale;

/** Languages written right to left. */
const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['ar']);

const BY_LOWER_CASE = new Map<string, Locale>(allLocales.map((locale) => [locale.toLowerCase(), locale]));

/** Tags whose language subtag alone does not pick the right one of our locales. */
const ALIASES: Record<string, Locale> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  fil: 'tl',
};

export interface LocaleMatch {
  /** The locale to render in. */
  locale: Locale;
  /** False when the tag was unknown or malformed and English was chosen instead. */
  supported: boolean;
}

/**
 * Maps a BCP 47 language tag (as found in a `lang` attribute) to one of our
 * locales: exact match first (any case, `_` accepted for `-`), then known
 * aliases (`zh-TW` → `zh-Hant`), then the tag with subtags dropped from the
 * end (`pt-BR` → `pt`, `zh-Hant-TW` → `zh-Hant`). Anything else is English.
 */
export function matchLocale(tag: string): LocaleMatch {
  const normalized = tag.trim().replace(/_/g, '-');
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(normalized);
  } catch {
    return { locale: SOURCE_LOCALE, supported: false };
  }
  if (!canonical) return { locale: SOURCE_LOCALE, supported: false };
  const subtags = canonical.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    const locale = BY_LOWER_CASE.get(candidate) ?? ALIASES[candidate];
    if (locale) return { locale, supported: true };
  }
  return { locale: SOURCE_LOCALE, supported: false };
}

export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
