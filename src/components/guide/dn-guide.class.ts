import { css, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Source } from '../../content/sources.js';
import { DnElement } from '../../internal/dn-element.js';
import { dnElementStyles } from '../../internal/dn-element.styles.js';
import { checkEmergencyNumber } from '../../internal/emergency-number.js';
import { subLevel } from '../../internal/heading.js';
import { lazy, type Lazy } from '../../internal/lazy.js';
import { GUIDE_TEXT_GROUP, TEXT_GROUPS, type ContextOptions, type TextGroup } from '../../internal/section.js';
import { clip, warnOnce } from '../../internal/warn.js';
import { SECTIONS, type Section } from '../sections.js';
import { dnGuideStyles } from './dn-guide.styles.js';

/** The guide's own text (key points, "Get help now" box, structured data), loaded with its sections. */
export const guideBody = lazy(() => import('./guide.body.js'));

/**
 * The sections named in a `sections` attribute value, in its order, without
 * duplicates; unknown names are warned about and skipped; none means all.
 */
export function pickSections(list: string): readonly Section[] {
  const names = list.split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return SECTIONS;
  const picked: Section[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const section = SECTIONS.find((candidate) => candidate.name === name);
    if (!section) unknown.push(name);
    else if (!picked.includes(section)) picked.push(section);
  }
  // One warning per value, however many names in it are wrong.
  if (unknown.length) {
    warnOnce(
      `<dn-guide> sections: ignoring ${clip(unknown.map((name) => `"${name}"`).join(' '))}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}.`,
    );
  }
  return picked.length ? picked : SECTIONS;
}

/**
 * Everything on one page: for a clinic that wants a single patient
 * information page, or a handout to print. It opens with key points, shows
 * every section in order (or those named in `sections`), and always includes
 * the "Get help now" box. `toc` adds a table of contents; `emergency-number`
 * and the `contact` slot work as in `<dn-aftercare>`.
 *
 * Every section is rendered in the guide's own shadow root, one heading level
 * below the guide's heading, with one stylesheet, one "last reviewed" line and
 * one numbered list of sources (a paper quoted by two sections appears once).
 * The parts of the section elements (`list`, `table`, `notice`, `checklist`,
 * `get-help`, `get-help-heading`, `contact`, `clinic-aftercare`, `disclaimer`,
 * `subheading`) are parts of the guide too.
 *
 * Patient safety is not optional: "Key points" open the guide, and the
 * "Get help now" box (warning signs after treatment and what to do) is shown
 * whatever `sections` says, inside the aftercare section or, without it,
 * after the last section; the table of contents always links to it.
 *
 * @tagname dn-guide
 * @summary The whole patient guide on one page: every section in order, with an optional table of contents.
 *
 * @slot contact - The clinic's phone number or contact details, shown in the "Get help now" box.
 * @slot clinic-aftercare - The clinic's own aftercare instructions, shown after the library's (with the aftercare section).
 *
 * @csspart key-points - The "Key points" summary at the top.
 * @csspart toc - The table of contents (`<nav>`), when `toc` is set.
 * @csspart section - Each section (`<section id="side-effects">`).
 * @csspart section-heading - Each section's heading.
 * @csspart list - The lists inside sections.
 * @csspart table - The comparison table.
 * @csspart notice - The highlighted box about who may do dry needling.
 * @csspart before-you-start - The "Before you start" box: what to tell your clinician.
 * @csspart references - The numbers under each section that link to its papers in the one list of sources.
 * @csspart checklist - The lists of boxes to tick.
 * @csspart get-help - The "Get help now" box.
 * @csspart get-help-heading - The heading of the "Get help now" box.
 * @csspart contact - The wrapper around the contact slot.
 * @csspart clinic-aftercare - The wrapper around the clinic-aftercare slot.
 * @csspart disclaimer - The "education only, not medical advice" line.
 *
 */
export class DnGuide extends DnElement {
  /** One stylesheet for the guide and every section in it. */
  static override styles = [
    dnElementStyles,
    ...SECTIONS.flatMap((section) => section.styles ?? []),
    dnGuideStyles,
  ].reduce(
    (all, styles) => css`
      ${all}${styles}
    `,
  );

  static override properties: PropertyDeclarations = {
    toc: { type: Boolean, reflect: true },
    sections: {},
    structuredData: { attribute: 'structured-data', type: Boolean, reflect: true },
    emergencyNumber: { attribute: 'emergency-number' },
  };

  /** Every paper the guide can quote, each once (loads the text of every section). */
  static async loadSources(): Promise<readonly Source[]> {
    const [body] = await Promise.all([guideBody.load(), ...SECTIONS.map((section) => section.body.load())]);
    return body.sourcesOf(SECTIONS);
  }

  /** Shows a table of contents linking to each section. */
  toc = false;

  /**
   * Which sections to show, in which order: names separated by commas or spaces, from
   * `explainer`, `how-it-works`, `conditions`, `session`, `side-effects`, `vs-acupuncture`,
   * `safety-notice`, `checklist`, `aftercare`. Empty (the default) shows them all. Unknown
   * names are ignored with a console warning. Without `safety-notice`, the guide still shows
   * the disclaimer; without `aftercare`, it still shows the "Get help now" box.
   */
  sections = '';

  /**
   * The emergency phone number patients should call (such as `112`, `911` or `999`), digits only.
   * When unset or invalid, the text says "your local emergency number"; no number is guessed from the language.
   */
  emergencyNumber?: string;

  #shownEmergencyNumber?: string;

  /**
   * Adds schema.org JSON-LD (a `MedicalWebPage` about the therapy) to the page, as a
   * `<script type="application/ld+json">` child of the guide, kept in step with its
   * language and sections. Off by default in the browser; on in server-rendered snippets.
   */
  structuredData = false;

  #shown: readonly Section[] = SECTIONS;
  #shownSources: readonly Source[] = [];

  protected override content(): readonly Lazy<unknown>[] {
    return [guideBody, ...pickSections(this.sections).map((section) => section.body)];
  }

  protected override textGroups(): readonly TextGroup[] {
    const shown = pickSections(this.sections);
    return TEXT_GROUPS.filter(
      (group) => group === GUIDE_TEXT_GROUP || shown.some((section) => section.group === group),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#shown = pickSections(this.sections);
    // Until the text has loaded (or if it failed to), the guide shows the page's own content instead.
    this.#shownSources = this.content().every((module) => module.value) ? guideBody.value!.sourcesOf(this.#shown) : [];
    if (changed.has('emergencyNumber'))
      this.#shownEmergencyNumber = checkEmergencyNumber(this.emergencyNumber, this.localName);
  }

  protected override contextOptions(): ContextOptions {
    return { emergencyNumber: this.#shownEmergencyNumber, contactInGetHelpOnly: true };
  }

  protected override renderTitle(): string {
    return guideBody.value!.title();
  }

  protected override sourceList(): readonly Source[] {
    return this.#shownSources;
  }

  protected override renderBody() {
    const level = this.subheadingLevel;
    return guideBody.value!.render({
      context: this.sectionContext(subLevel(level)),
      level,
      shown: this.#shown,
      sources: this.#shownSources,
      toc: this.toc,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Most guides never use structured data: leave their light DOM alone on every update.
    if (!this.structuredData && !changed.has('structuredData')) return;
    const body = guideBody.value;
    // Without its text the guide shows the page's own content, and publishes no data about text it does not show.
    if (!body || !this.#shownSources.length) return;
    body.placeStructuredData(
      this,
      this.structuredData
        ? this.withMessages(() => body.jsonLd(this.#shown, this.locale, this.reviewedIso))
        : undefined,
    );
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // On the root, not in the template: a server-rendered snippet's links work before any render.
    root.addEventListener('click', (event) => this.#onLinkClick(event));
    return root;
  }

  /**
   * In-page links cannot reach into a shadow root, where the section ids and
   * the numbered sources live: move focus (and so the view) to the target
   * instead, as the link would in a page. This also keeps the host page's URL
   * (and any hash-based router) untouched.
   */
  #onLinkClick(event: Event): void {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (!link || link.getRootNode() !== this.renderRoot) return;
    // A section takes focus on its heading; a numbered source on its list item.
    const place = (this.renderRoot as ShadowRoot).getElementById(link.getAttribute('href')!.slice(1));
    const target =
      place?.querySelector<HTMLElement>(':is([part~="section-heading"], [part~="get-help-heading"])') ?? place;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}
