import type { msg as litMsg } from '@lit/localize';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

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

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(activeMessages, template, options)) as typeof litMsg;

export { str } from '@lit/localize';

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
