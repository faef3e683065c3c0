import type { msg as litMsg, str as litStr } from '@lit/localize';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { warnOnce } from './warn.js';

/**
 * Messages of the language being rendered right now, or `undefined` for the
 * source language (English).
 *
 * @lit/localize keeps one global locale per page and its `configureLocalization`
 * may run only once, which the host app may already have done. Our elements
 * each have their own language, so instead of the global `msg` they use this
 * one: same signature (so `lit-localize extract` still finds every string),
 * but it reads the messages installed by `renderWithMessages` for the duration
 * of one element's synchronous render.
 */
let activeMessages: TemplateMap | undefined;

/** A `str`-tagged message: its literal parts and the values between them. */
interface StrMessage {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

/** Joins a message's parts; `order` maps a translation's placeholders to the source's values. */
function join({ strings }: StrMessage, values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0];
  for (let i = 1; i < strings.length; i++)
    text += String(values[order ? (order[i - 1] as number) : i - 1]) + strings[i];
  return text;
}

/**
 * Every message has a readable `id` (`side-effects.soreness`), so lookup is by
 * id alone: @lit/localize's runtime, which can also hash ids from the text,
 * would add 2 KB to every page. Our messages are plain strings or `str`
 * templates; a translation missing from a language shows the English source
 * (with one warning).
 */
export const msg = ((template: string | StrMessage, options?: { id?: string }) => {
  const localized =
    options?.id === undefined ? undefined : (activeMessages?.[options.id] as string | StrMessage | undefined);
  const source = typeof template === 'string' ? template : join(template, template.values);
  if (localized === undefined) {
    if (activeMessages)
      warnOnce(`"${source.slice(0, 60)}…" has no translation in this language; showing it in English.`);
    return source;
  }
  if (typeof localized === 'string') return localized;
  return typeof template === 'string' ? source : join(localized, template.values, localized.values);
}) as unknown as typeof litMsg;

/**
 * The `str` tag for messages with values. Typed as @lit/localize's (whose type
 * marks it for `lit-localize extract`), but defined here: importing it from
 * @lit/localize would also bring in that package's global-locale runtime.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrMessage => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;

/** Runs `render` with `messages` as the active translations, then restores the previous ones. */
export function renderWithMessages<T>(messages: TemplateMap | undefined, render: () => T): T {
  const previous = activeMessages;
  activeMessages = messages;
  try {
    return render();
  } finally {
    activeMessages = previous;
  }
}
