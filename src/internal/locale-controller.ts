import type { TemplateMap } from '@lit/localize/internal/types.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { allLocales } from '../generated/locale-codes.js';
import { loadedMessages, loadMessages, type TargetLocale } from './locale-loader.js';
import { matchLocale, SOURCE_LOCALE, type Locale } from './locale-tags.js';
import type { TextGroup } from './section.js';
import { clip, warnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Detail of the `dn-locale-error` event. */
export interface LocaleErrorDetail {
  /** The language whose translations failed to load. */
  locale: Locale;
  /** Why, as thrown by the dynamic import. */
  error: unknown;
}

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page: when any `lang` attribute changes (on
 * `<html>`, a wrapper, the element itself), every connected element checks
 * whether its own language changed. Created on first connection, never at
 * module scope, and removed when the last element leaves. A document's subtree
 * does not reach into shadow trees, so it also watches every shadow root the
 * element sits in (another app's component wrapping ours), and the document
 * of an iframe the element was moved into.
 */
function observeLangChanges(el: Element): void {
  observer ??= new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
  observer.observe(el.ownerDocument.documentElement, options);
  for (let root = el.getRootNode(); root.nodeType === 11; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, options);
  }
}

function stopObserving(): void {
  observer?.disconnect();
  observer = undefined;
}

/**
 * The `lang` that applies to `el`: its own, else the nearest ancestor's,
 * crossing shadow roots (where `closest('[lang]')` would stop), else none.
 * Node types, not `instanceof`: in an iframe the element's ancestors belong to
 * that window, whose Element and ShadowRoot are other classes than this one's.
 */
function inheritedLang(el: Element): string | null {
  for (let node: Node | null = el; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang');
  }
  return null;
}

/**
 * The supported locale for a `lang` value (`null`: none set, English), with
 * one warning for an unsupported or malformed tag. The elements and the server
 * renderer both resolve languages here.
 */
export function resolveLocale(tag: string | null): { locale: Locale; supported: boolean } {
  if (tag === null) return { locale: SOURCE_LOCALE, supported: true };
  const match = matchLocale(tag);
  if (!match.supported) {
    warnOnce(
      `lang="${clip(tag)}" is not a language these elements support; showing English. Supported: ${allLocales.join(', ')}.`,
    );
  }
  return match;
}

/**
 * Gives one element its own language, independent of @lit/localize's single
 * page-wide locale (which a host app may own). Loads the language's messages
 * for the text groups the host shows (`groups`) on first use, and re-renders
 * the host when its language changes.
 */
export class LocaleController implements ReactiveController {
  /** The language the host renders in now. */
  locale: Locale = SOURCE_LOCALE;
  /** Messages of `locale`; undefined for English, the source language. */
  messages: TemplateMap | undefined;

  #requested: Locale = SOURCE_LOCALE;
  #requestedGroups = '';
  #loading: Promise<void> = Promise.resolve();
  #loadingFor = '';

  readonly #host: Host;
  readonly #groups: () => readonly TextGroup[];

  constructor(host: Host, groups: () => readonly TextGroup[]) {
    this.#host = host;
    this.#groups = groups;
    host.addController(this);
  }

  /** The language the host is asked to show: `locale` once its messages have loaded. */
  get requested(): Locale {
    return this.#requested;
  }

  hostConnected(): void {
    connected.add(this);
    observeLangChanges(this.#host);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) stopObserving();
  }

  /**
   * Re-reads the applicable `lang` and the groups shown, and asks the host to
   * update when either changed. Nothing is downloaded here: a host that keeps
   * its server-rendered text needs no messages (see `load`).
   */
  refresh(): void {
    const { locale } = resolveLocale(inheritedLang(this.#host));
    const groups = this.#groups().join();
    if (locale === this.#requested && groups === this.#requestedGroups) return;
    this.#requested = locale;
    this.#requestedGroups = groups;
    this.#host.requestUpdate();
  }

  /**
   * Puts the requested language's messages in place, downloading them once per
   * request. Settles (never rejects) with the same promise until the request changes.
   */
  load(): Promise<void> {
    const locale = this.#requested;
    const groups = this.#groups();
    const request = `${locale} ${groups.join()}`;
    if (request === this.#loadingFor) return this.#loading;
    this.#loadingFor = request;
    const messages = locale === SOURCE_LOCALE ? undefined : loadedMessages(locale, groups);
    if (locale === SOURCE_LOCALE || messages) {
      this.#apply(locale, messages);
      return (this.#loading = Promise.resolve());
    }
    return (this.#loading = loadMessages(locale as TargetLocale, groups).then(
      (loaded) => {
        if (this.#loadingFor === request) this.#apply(locale, loaded);
      },
      (error: unknown) => {
        warnOnce(`the "${locale}" translations could not be loaded (${String(error)}); showing English.`);
        if (this.#loadingFor === request) this.#apply(SOURCE_LOCALE, undefined);
        this.#host.dispatchEvent(
          new CustomEvent<LocaleErrorDetail>('dn-locale-error', {
            bubbles: true,
            composed: true,
            detail: { locale, error },
          }),
        );
      },
    ));
  }

  // Called only while the host's update waits in `scheduleUpdate`, which renders next.
  #apply(locale: Locale, messages: TemplateMap | undefined): void {
    this.locale = locale;
    this.messages = messages;
  }
}

/**
 * For server rendering, which connects nothing and renders synchronously:
 * takes the language from the element's own `lang`, with messages that must
 * already be loaded (`renderToString` loads them first), else English. A
 * function of its own, so the browser build leaves it out.
 */
export function resolveForServer(controller: LocaleController, host: Element, groups: readonly TextGroup[]): void {
  const { locale } = resolveLocale(host.getAttribute('lang'));
  const messages = locale === SOURCE_LOCALE ? undefined : loadedMessages(locale, groups);
  if (locale !== SOURCE_LOCALE && !messages) {
    warnOnce(`the "${locale}" translations were not loaded before server rendering; showing English.`);
  }
  controller.locale = messages ? locale : SOURCE_LOCALE;
  controller.messages = messages;
}
