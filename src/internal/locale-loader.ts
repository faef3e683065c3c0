import type { TemplateMap } from '@lit/localize/internal/types.js';
import type { targetLocales } from '../generated/locale-codes.js';
import { LANGUAGE_PARTS } from '../generated/locale-parts.js';
import type { TextGroup } from './section.js';

type TargetLocale = (typeof targetLocales)[number];

/** The messages of each language and set of groups, merged once. */
const merged = new Map<string, TemplateMap>();

/**
 * Messages of `locale` for the text `groups` an element shows, if this page
 * has loaded them all (synchronous, for rendering).
 */
export function loadedMessages(locale: string, groups: readonly TextGroup[]): TemplateMap | undefined {
  const parts = LANGUAGE_PARTS[locale as TargetLocale];
  if (!parts || !groups.every((group) => parts[group].value)) return undefined;
  const key = `${locale}:${groups.join()}`;
  let messages = merged.get(key);
  if (!messages) {
    messages = Object.assign({}, ...groups.map((group) => parts[group].value!.templates)) as TemplateMap;
    merged.set(key, messages);
  }
  return messages;
}

/**
 * Loads a language's messages for the text `groups` an element shows: one
 * file per group, each downloaded once per page however many elements ask.
 * A failed load is forgotten, so a later element may try again.
 */
export async function loadMessages(locale: TargetLocale, groups: readonly TextGroup[]): Promise<TemplateMap> {
  await Promise.all(groups.map((group) => LANGUAGE_PARTS[locale][group].load()));
  return loadedMessages(locale, groups)!;
}

export type { TargetLocale };
