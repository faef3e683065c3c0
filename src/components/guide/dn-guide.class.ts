import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getHelpLines } from '../../content/aftercare.js';
import { disclaimer } from '../../content/disclaimer.js';
import { guideIntro, guideTitle, keyPoints, keyPointsTitle } from '../../content/guide.js';
import { citedBy, type Source } from '../../content/sources.js';
import { guideStructuredData, toJsonLd } from '../../content/structured-data.js';
import { DnElement } from '../../internal/dn-element.js';
import { dnElementStyles } from '../../internal/dn-element.styles.js';
import { renderCallout } from '../../internal/callout.js';
import { renderHeading, subLevel } from '../../internal/heading.js';
import type { Locale } from '../../internal/locale-tags.js';
import { msg } from '../../internal/localize.js';
import type { ContextOptions } from '../../internal/section.js';
import { clip, warnOnce } from '../../internal/warn.js';
import { checkEmergencyNumber, getHelpTitle, renderGetHelp } from '../aftercare/get-help.js';
import { SECTIONS, type Section } from '../sections.js';
import { dnGuideStyles } from './dn-guide.styles.js';

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
 * The papers a guide showing `shown` quotes, each once, in reading order: the
 * key points', the sections', then the "Get help now" box's (shown by every guide).
 */
export const sourcesOf = (shown: readonly Section[]): readonly Source[] => [
  ...new Set<Source>([
    ...citedBy(keyPoints(String)),
    ...shown.flatMap((section) => section.sources),
    ...citedBy(getHelpLines()),
  ]),
];

/**
 * The schema.org JSON-LD of a guide showing `shown`, in the active language
 * (see `renderWithMessages`). The element and the server renderer both use it,
 * with a validated review date (YYYY-MM-DD).
 */
export function guideJsonLd(shown: readonly Section[], locale: Locale, lastReviewed: string): string {
  return toJsonLd(guideStructuredData({ locale, lastReviewed, sources: sourcesOf(shown) }));
}

const shows = (shown: readonly Section[], name: Section['name']) => shown.some((section) => section.name === name);

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

  /** Every paper the guide can quote, each once. */
  static get sources(): readonly Source[] {
    return sourcesOf(SECTIONS);
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

  private shownEmergencyNumber?: string;

  /**
   * Adds schema.org JSON-LD (a `MedicalWebPage` about the therapy) to the page, as a
   * `<script type="application/ld+json">` child of the guide, kept in step with its
   * language and sections. Off by default in the browser; on in server-rendered snippets.
   */
  structuredData = false;

  private shown: readonly Section[] = SECTIONS;
  private shownSources = sourcesOf(SECTIONS);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      this.shown = pickSections(this.sections);
      this.shownSources = sourcesOf(this.shown);
    }
    if (changed.has('emergencyNumber'))
      this.shownEmergencyNumber = checkEmergencyNumber(this.emergencyNumber, this.localName);
  }

  protected override contextOptions(): ContextOptions {
    return { emergencyNumber: this.shownEmergencyNumber, contactInGetHelpOnly: true };
  }

  protected override renderTitle(): string {
    return guideTitle();
  }

  protected override sourceList(): readonly Source[] {
    return this.shownSources;
  }

  protected override renderBody() {
    const level = this.subheadingLevel;
    const context = this.sectionContext(subLevel(level));
    return html`
      <p>${guideIntro()}</p>
      ${renderCallout(
        'key',
        renderHeading(level, keyPointsTitle(), { part: 'section-heading', className: 'heading section-heading' }),
        [
          html`<ul>
            ${keyPoints(context.number).map(({ text }) => html`<li>${text}</li>`)}
          </ul>`,
          this.renderReferences(citedBy(keyPoints(String))),
        ],
        'key-points',
      )}
      ${this.toc ? this.renderToc() : nothing}
      ${this.shown.map(
        (section) =>
          html`<section part="section" class="section" id=${section.name}>
            ${renderHeading(level, section.title(), {
              part: 'section-heading',
              className: 'heading section-heading',
              focusable: true,
            })}
            ${section.render(context)} ${this.renderReferences(section.sources)}
          </section>`,
      )}
      ${shows(this.shown, 'aftercare') ? nothing : renderGetHelp(context, level)}
      ${shows(this.shown, 'safety-notice') ? nothing : html`<p part="disclaimer" class="disclaimer">${disclaimer()}</p>`}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Most guides never use structured data: leave their light DOM alone on every update.
    if (!this.structuredData && !changed.has('structuredData')) return;
    let script = this.querySelector<HTMLScriptElement>(
      ':scope > script[type="application/ld+json"][data-dn-structured-data]',
    );
    if (!this.structuredData) {
      script?.remove();
      return;
    }
    const json = this.withMessages(() => guideJsonLd(this.shown, this.locale, this.reviewedIso));
    if (script?.textContent === json) return;
    try {
      script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      script.dataset.dnStructuredData = '';
      script.textContent = json;
      if (!script.isConnected) this.append(script);
    } catch (error) {
      // Trusted Types treat every script's text as code; the server-rendered snippet carries the data instead.
      warnOnce(`<dn-guide> structured-data could not be added (${String(error)}); use the server-rendered snippet.`);
    }
  }

  private renderToc() {
    return html`
      <nav part="toc" class="toc" aria-labelledby="toc-title">
        <p class="toc-title" id="toc-title">${msg('Contents', { id: 'guide.toc' })}</p>
        <ol>
          ${[...this.shown, { name: 'get-help', title: getHelpTitle }].map(
            ({ name, title }) => html`
              <li><a href="#${name}" data-section=${name} @click=${this.onTocClick}>${title()}</a></li>
            `,
          )}
        </ol>
      </nav>
    `;
  }

  /**
   * Section ids live in the shadow root, where the browser's own fragment
   * navigation cannot reach them; handling the click also keeps the host
   * page's URL (and any hash-based router) untouched.
   */
  private onTocClick(event: MouseEvent): void {
    const name = (event.currentTarget as HTMLAnchorElement).dataset.section;
    this.moveFocus(event, `#${name} :is([part~="section-heading"], [part~="get-help-heading"])`);
  }

  /**
   * A section's sources as numbers that link to the guide's one numbered list
   * (each paper once, however many sections quote it).
   */
  private renderReferences(sources: readonly Source[]) {
    const numbers = [...new Set(sources.map((source) => this.shownSources.indexOf(source) + 1))]
      .filter((number) => number > 0)
      .sort((a, b) => a - b);
    if (numbers.length === 0) return nothing;
    return html`<p part="references" class="references">
      ${msg('Sources', { id: 'common.sources' })}
      ${numbers.map(
        (number) =>
          html`<a href="#source-${number}" data-source=${number} @click=${this.onReferenceClick}>[${number}]</a> `,
      )}
    </p>`;
  }

  private onReferenceClick(event: MouseEvent): void {
    this.moveFocus(event, `#source-${(event.currentTarget as HTMLAnchorElement).dataset.source}`);
  }

  /**
   * In-page links cannot reach into a shadow root: move focus (and so the
   * view) to the target instead, as the link would in a page.
   */
  private moveFocus(event: MouseEvent, selector: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}
