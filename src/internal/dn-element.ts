import {
  html,
  isServer,
  nothing,
  ReactiveElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Source } from '../content/sources.js';
import { TRANSLATION_STATUS, type TranslationStatus } from '../content/translation-status.js';
import { CONTENT_REVIEWED, CONTENT_VERSION, VERSION } from '../version.js';
import { THEMES, VARIANTS } from './choices.js';
import { CrossDocumentElement, restyle } from './cross-document.js';
import { dnElementStyles } from './dn-element.styles.js';
import { lazy, type Lazy } from './lazy.js';
import { DEFAULT_HEADING_LEVEL, isHeadingLevel, subLevel, type HeadingLevel } from './heading.js';
import { LocaleController, resolveForServer, type LocaleErrorDetail } from './locale-controller.js';
import { localeDirection, type Locale } from './locale-tags.js';
import { renderWithMessages } from './localize.js';
import { sectionContext, type ContextOptions, type SectionContext, type TextGroup } from './section.js';
import { clip, warnOnce } from './warn.js';

export { CONTENT_REVIEWED };

/** Detail of the `dn-toggle` event. */
export interface ToggleDetail {
  /** Whether the element is expanded now. */
  open: boolean;
}

declare global {
  // Typed `addEventListener('dn-toggle', (event) => event.detail.open)` on any element (both events bubble out of shadow roots).
  interface HTMLElementEventMap {
    'dn-toggle': CustomEvent<ToggleDetail>;
    'dn-locale-error': CustomEvent<LocaleErrorDetail>;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: unknown): Date | undefined {
  const match = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Reject dates that roll over, such as 2026-02-31.
  return date.getUTCDate() === Number(match[3]) ? date : undefined;
}

const DEFAULT_REVIEWED_DATE = parseIsoDate(CONTENT_REVIEWED)!;

/**
 * A review date as shown: `value` if it is a real YYYY-MM-DD date, else the
 * library's own review date, with one warning naming `tag`. The elements and
 * the server renderer's structured data both use it.
 */
export function reviewDate(value: unknown, tag: string): Date {
  const date = parseIsoDate(value);
  if (!date) {
    warnOnce(
      `<${tag}> last-reviewed="${clip(value)}" is not a date in the form YYYY-MM-DD; using ${CONTENT_REVIEWED}.`,
    );
  }
  return date ?? DEFAULT_REVIEWED_DATE;
}

/** A date as YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The frame every element renders around its text (`frame.ts`), loaded with that text. */
export const frame = lazy(() => import('./frame.js'));

/** What replacing a server-rendered snippet needs (`takeover.ts`), loaded with the text for that render. */
const takeover = lazy(() => import('./takeover.js'));

/**
 * Behaviour every dry-needling element shares: heading levels, the "last
 * reviewed" line, sources, the footer slot and input validation.
 * Subclasses supply a title, a body and the sources they quote.
 *
 * Language: the element's own `lang` attribute, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else English. Regional and
 * script variants map to the closest language (`pt-BR` → `pt`, `zh-TW` →
 * `zh-Hant`); an unsupported or malformed tag renders English with one console
 * warning. Arabic renders right to left; a `dir` attribute on the element wins.
 *
 * @attr {string} lang - Language of the text (a BCP 47 tag such as `es`, `pt-BR`, `zh-TW`); inherited from ancestors when absent.
 * @attr {string} dir - Text direction (`ltr`, `rtl`, `auto`); when absent, right to left for Arabic, else the page's direction.
 *
 * @fires {{ open: boolean }} dn-toggle - A `collapsible` element was opened or closed. `detail`: `{ open }`.
 * @fires {{ locale: string; error: unknown }} dn-locale-error - The translations for the element's language could not be loaded; it shows English instead. `detail`: `{ locale, error }`.
 *
 * @slot footer - Content the clinic adds after the text, such as a link to its own page.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The element's top heading.
 * @csspart subheading - Headings inside the body.
 * @csspart body - The main text.
 * @csspart translation-notice - The line saying the text was machine-translated and not yet checked by a medical translator (languages not yet reviewed only).
 * @csspart sources - The list of references.
 * @csspart reviewed - The "last reviewed" line.
 * @csspart footer - The wrapper around the footer slot.
 * @csspart disclosure - The `<details>` element, when `collapsible`.
 * @csspart summary - The `<summary>` holding the heading, when `collapsible`.
 *
 * @cssprop [--dn-color-text=#212b32] - Text color (dark theme: #e8edee).
 * @cssprop [--dn-color-muted=#4c6272] - Secondary text: sources, review date (dark: #aeb7bd).
 * @cssprop [--dn-color-accent=#005eb8] - Links, the focus ring and the edge of the key points (dark: #7cc0ff).
 * @cssprop [--dn-color-surface=#ffffff] - Background (dark: #10191f); `transparent` shows the page behind.
 * @cssprop [--dn-color-surface-raised=#f0f4f5] - Background of the key points and table headers (dark: #1c2a33).
 * @cssprop [--dn-color-border=#aeb7bd] - Dividers and table borders (dark: #4c6272).
 * @cssprop [--dn-color-warning=#8a5a00] - Edge of the "only a licensed clinician" box (dark: #e0a526).
 * @cssprop [--dn-color-urgent=#d5281b] - Border and heading band of the "Get help now" box (dark: #ff8a80).
 * @cssprop [--dn-color-info=#005eb8] - Border and heading band of non-urgent advice, such as "Before you start" (dark: #7cc0ff).
 * @cssprop [--dn-color-on-band=#ffffff] - Heading text on those bands (dark: #10191f); keep 4.5:1 against both band colours.
 * @cssprop [--dn-measure=66ch] - Longest line of text (about 70 characters in the font in use); `none` uses the full width.
 * @cssprop [--dn-radius=0.5em] - Corner radius.
 * @cssprop [--dn-space-s=0.5em] - Small spacing.
 * @cssprop [--dn-space-m=1em] - Medium spacing, also the padding around the content.
 * @cssprop [--dn-space-l=1.5em] - Large spacing, above subheadings and sources.
 * @cssprop [--dn-font-family=inherit] - Font family; inherits the page's font by default.
 * @cssprop [--dn-font-size=max(1em, 16px)] - Base text size: the page's, but never below 16px.
 * @cssprop [--dn-line-height=1.5] - Line height of body text.
 */
export abstract class DnElement extends CrossDocumentElement {
  static override styles: CSSResultGroup = [dnElementStyles];

  /** Version of the library that defined this element (also used to detect two copies on one page). */
  static readonly version = VERSION;

  /** Version of the medical text this element shows (docs/versioning.md); the CHANGELOG says what changed. */
  static readonly contentVersion = CONTENT_VERSION;

  // Declared without decorators: plain `static properties` need no decorator
  // transform in any tool (tsc, esbuild, Vite, Storybook) and no helper code.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    lastReviewed: { attribute: 'last-reviewed' },
    theme: { reflect: true },
    variant: { reflect: true },
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    translationReviewed: { attribute: 'translation-reviewed', type: Boolean },
  };

  /**
   * Level (2–6) of the element's top heading; its inner headings use the next
   * level down. Other values fall back to 2 with a console warning.
   */
  // Spelled out, not `HeadingLevel`: the manifest and the editor data generated from it list these values.
  headingLevel: 2 | 3 | 4 | 5 | 6 = DEFAULT_HEADING_LEVEL;

  /**
   * Date (YYYY-MM-DD) the text was last reviewed, shown to the reader.
   * Defaults to the date the library's content was reviewed; an invalid date
   * falls back to that default with a console warning.
   */
  lastReviewed: string = CONTENT_REVIEWED;

  readonly #localization = new LocaleController(this, () => this.textGroups());

  /**
   * Color theme: `light`, `dark`, or `auto` (follows the reader's system setting).
   * Any other value uses `light`, with a console warning.
   */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * `full` shows the whole text; `compact` shows the key points only.
   * Any other value uses `full`, with a console warning.
   */
  variant: 'full' | 'compact' = 'full';

  /** Shows the element as a disclosure: its heading opens and closes the rest (keyboard: Enter or Space). */
  collapsible = false;

  /** Whether a `collapsible` element is expanded. Printing always shows the content. */
  open = false;

  /**
   * Set it once a qualified medical translator has checked this language's text for you: it hides
   * the line that tells patients the text was machine-translated and not yet checked. The line
   * shows only in languages whose `translationStatus.review` is `unreviewed` (see locales/README.md).
   */
  translationReviewed = false;

  // Validated copies of the properties above, refreshed in willUpdate.
  #level: HeadingLevel = DEFAULT_HEADING_LEVEL;
  #reviewedDate = DEFAULT_REVIEWED_DATE;
  /** `theme` and `variant` as rendered: the attribute's value, or the default when it is invalid. */
  protected shownTheme: 'light' | 'dark' | 'auto' = 'light';
  protected shownVariant: 'full' | 'compact' = 'full';

  static override get observedAttributes(): string[] {
    // `lang` and `dir` are native attributes, not Lit properties; watching them here also
    // covers elements inside another app's shadow root, out of reach of the page-wide observer.
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#localization.refresh();
    if (name === 'dir') this.requestUpdate();
  }

  /** The language the element renders in: one of the supported locales, e.g. `es` or `zh-Hant`. */
  get locale(): Locale {
    return this.#localization.locale;
  }

  /**
   * Who produced the text in the current language and whether a qualified
   * medical translator has reviewed it (see locales/README.md). While it is
   * `unreviewed`, patients see one line saying so, unless `translation-reviewed` is set.
   */
  get translationStatus(): TranslationStatus & { locale: Locale } {
    return { locale: this.locale, ...TRANSLATION_STATUS[this.locale] };
  }

  /** The validated review date as YYYY-MM-DD. */
  protected get reviewedIso(): string {
    return isoDay(this.#reviewedDate);
  }

  /** Heading level of headings inside this element's body. */
  protected get subheadingLevel(): HeadingLevel {
    return subLevel(this.#level);
  }

  /** Moves keyboard and screen-reader focus to the element's top heading (its disclosure button when collapsible). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>(this.collapsible ? 'summary' : '[part~="heading"]')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) resolveForServer(this.#localization, this, this.textGroups());
    if (changed.has('headingLevel')) {
      if (isHeadingLevel(this.headingLevel)) {
        this.#level = this.headingLevel;
      } else {
        warnOnce(
          `<${this.localName}> heading-level="${clip(this.getAttribute('heading-level') ?? this.headingLevel)}" is not a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`,
        );
        this.#level = DEFAULT_HEADING_LEVEL;
      }
    }
    if (changed.has('lastReviewed')) this.#reviewedDate = reviewDate(this.lastReviewed, this.localName);
    if (changed.has('theme')) this.shownTheme = this.#checkChoice('theme', this.theme, THEMES);
    if (changed.has('variant')) this.shownVariant = this.#checkChoice('variant', this.variant, VARIANTS);
  }

  /** Returns `value` if allowed, else the first allowed value, warning once. */
  #checkChoice<T extends string>(attribute: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warnOnce(
      `<${this.localName}> ${attribute}="${clip(value)}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`,
    );
    return allowed[0];
  }

  /**
   * The element's own `dir` if set; `rtl` for a right-to-left language;
   * otherwise nothing, so the direction inherits from the page.
   */
  get #direction(): string | typeof nothing {
    return this.getAttribute('dir') ?? (localeDirection(this.locale) === 'rtl' ? 'rtl' : nothing);
  }

  /** The last update found its text missing (a download failed). */
  #textFailed = false;

  /**
   * While the shadow root still shows a server-rendered snippet: what that
   * snippet was rendered for (see `#renderedFor`; empty if it does not say).
   */
  #serverSnippet: string | undefined;

  /**
   * A server-rendered snippet arrives with its shadow root already attached
   * (declarative shadow DOM) and its text on show. The element keeps it, with
   * no download and no render, as long as it was rendered for what the element
   * shows now; the first change (a language, an attribute, another version of
   * the library) replaces it with a render of ours in one step (see `update`).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.shadowRoot;
    // A kept snippet is styled by its own style element: adopting ours too would restyle every node of it for
    // nothing (and after the first paint). They are adopted when a render replaces it (see `update`).
    const root = server ?? super.createRenderRoot();
    if (server) this.#serverSnippet = server.querySelector('[data-dn-for]')?.getAttribute('data-dn-for') ?? '';
    // Listeners on the root rather than in the template, so they work in a server-rendered snippet too.
    // `toggle` does not bubble: catch it on the way down.
    root.addEventListener('toggle', (event) => this.#onToggle(event), true);
    return root;
  }

  /**
   * What a render shows depends on: the library's version, the language, `dir` and every property
   * but `open`, which a snippet's own `<details>` follows (see `update`).
   */
  #renderedFor(locale: Locale): string {
    const properties = [...(this.constructor as typeof DnElement).elementProperties.keys()].filter(
      (name) => name !== 'open',
    );
    return [VERSION, locale, this.getAttribute('dir'), ...properties.map((name) => this[name as keyof this])].join('|');
  }

  /** Whether the server-rendered snippet on show is what a render would show now. */
  #keepsSnippet(): boolean {
    this.#localization.refresh();
    return this.#serverSnippet === this.#renderedFor(this.#localization.requested);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#serverSnippet === undefined) {
      super.update(changed);
      return;
    }
    const keep = this.#keepsSnippet();
    if (keep || this.#content().some((module) => !module.value)) {
      // Reflect attributes and finish the update, but leave the snippet's nodes alone (LitElement's own `update` renders).
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      const details = this.renderRoot.querySelector('details');
      if (details) details.open = this.open;
      // Lit applies a property set before the element was defined only after `scheduleUpdate`, which
      // saw nothing to load: update again, loading the text first (unless it just failed to load).
      if (!keep && !this.#textFailed) this.requestUpdate();
      return;
    }
    // The reader's ticks and focus carry over from the snippet to the render (loaded: see `#content`).
    const carryOver = takeover.value!.keepReaderState(this.renderRoot as ShadowRoot);
    this.#serverSnippet = undefined;
    this.renderRoot.replaceChildren();
    restyle(this.renderRoot as ShadowRoot, this);
    super.update(changed);
    carryOver();
  }

  /**
   * Holds the first render (and any after a language change or a new choice of
   * sections) until that language's messages and the text it shows have loaded.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // Keeping a server-rendered snippet needs no messages and no text.
    if (this.#serverSnippet !== undefined && this.#keepsSnippet()) {
      super.scheduleUpdate();
      return;
    }
    const tried = new Set<Lazy<unknown>>();
    let ready: Promise<void>;
    this.#localization.refresh();
    do {
      ready = this.#localization.load();
      const missing = this.#content().filter((module) => !module.value && !tried.has(module));
      missing.forEach((module) => tried.add(module));
      await Promise.all([
        ready,
        ...missing.map((module) =>
          module.load().catch((error: unknown) => {
            warnOnce(
              `<${this.localName}> could not load its text (${clip(error)}); the page's own content for it shows instead. Check that the files beside the script can be loaded.`,
            );
          }),
        ),
      ]);
      // A change while waiting (a script setting the page's `lang`, the guide's `sections`, whose groups
      // need their language files) starts another load: wait for that too, so the render shows what the
      // element is asked for now.
      this.#localization.refresh();
    } while (
      ready !== this.#localization.load() ||
      this.#content().some((module) => !module.value && !tried.has(module))
    );
    // A server-rendered snippet already shows the whole text: `update` keeps it rather than replace it
    // with less, and the next change tries the download again.
    this.#textFailed = this.#content().some((module) => !module.value);
    super.scheduleUpdate();
  }

  /** The text groups the element shows, whose language files it needs (see `SectionDescriptor.group`). */
  protected abstract textGroups(): readonly TextGroup[];

  /** The modules with the text the next render shows (section bodies), loaded before it. */
  protected content(): readonly Lazy<unknown>[] {
    return [];
  }

  protected override render(): TemplateResult {
    // Without its text (a file failed to load) the element shows what the page put inside it, such as a
    // "ask us for a printed copy" line, rather than a heading without the advice that belongs under it.
    if (this.#content().some((module) => !module.value)) return html`<slot></slot>`;
    return renderWithMessages(this.#localization.messages, () =>
      frame.value!.renderFrame({
        locale: this.locale,
        level: this.#level,
        title: this.renderTitle(),
        body: this.renderBody(),
        sources: this.sourceList(),
        reviewed: this.#reviewedDate,
        reviewedIso: this.reviewedIso,
        translationNotice: !this.translationReviewed && TRANSLATION_STATUS[this.locale].review === 'unreviewed',
        collapsible: this.collapsible,
        open: this.open,
        dir: this.#direction,
        renderedFor: this.#renderedFor(this.locale),
      }),
    );
  }

  /** What the next render needs loaded: the frame, the element's text, and what replacing a snippet needs. */
  #content(): readonly Lazy<unknown>[] {
    return [frame, ...this.content(), ...(this.#serverSnippet === undefined ? [] : [takeover])];
  }

  #onToggle(event: Event): void {
    const details = event.target as HTMLDetailsElement;
    // The browser fires `toggle` a task later: by then a render may have replaced this
    // <details> (`collapsible` removed), and its stale state must not reopen the element.
    if (details.getRootNode() !== this.renderRoot) return;
    const { open } = details;
    this.open = open;
    this.dispatchEvent(new CustomEvent<ToggleDetail>('dn-toggle', { bubbles: true, composed: true, detail: { open } }));
  }

  /** What a section body needs, in this element's language and variant, with its subheadings at `level`. */
  protected sectionContext(level: HeadingLevel): SectionContext {
    return sectionContext(this.locale, level, this.shownVariant === 'compact', this.contextOptions());
  }

  /** What this element adds to its sections' context (an emergency number, where the contact slot goes). */
  protected contextOptions(): ContextOptions {
    return {};
  }

  /** Runs `run` with this element's language active, for text built outside `render` (structured data). */
  protected withMessages<T>(run: () => T): T {
    return renderWithMessages(this.#localization.messages, run);
  }

  /** The element's title, as plain text (also used by `dn-guide`'s table of contents). */
  protected abstract renderTitle(): string;

  /** The element's main content. */
  protected abstract renderBody(): unknown;

  /** The papers the text shown now quotes, each once, in the order of the numbered `sources` list. */
  protected abstract sourceList(): readonly Source[];
}
