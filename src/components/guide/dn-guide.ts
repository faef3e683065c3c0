import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { disclaimer } from '../../content/disclaimer.js';
import { guideIntro, guideTitle } from '../../content/guide.js';
import type { Source } from '../../content/sources.js';
import { guideStructuredData, toJsonLd } from '../../content/structured-data.js';
import { sectionTitles, type SectionName } from '../../content/titles.js';
import { defineElement } from '../../internal/define.js';
import { DnElement } from '../../internal/dn-element.js';
import type { Locale } from '../../internal/locale-tags.js';
import { msg } from '../../internal/localize.js';
import { clip, warnOnce } from '../../internal/warn.js';
import { DnConditions } from '../conditions/dn-conditions.js';
import { DnExplainer } from '../explainer/dn-explainer.js';
import { DnHowItWorks } from '../how-it-works/dn-how-it-works.js';
import { DnSafetyNotice } from '../safety-notice/dn-safety-notice.js';
import { DnSession } from '../session/dn-session.js';
import { DnSideEffects } from '../side-effects/dn-side-effects.js';
import { DnVsAcupuncture } from '../vs-acupuncture/dn-vs-acupuncture.js';
import { dnGuideStyles } from './dn-guide.styles.js';

export interface Section {
  name: SectionName;
  tag: ReturnType<typeof literal>;
  element: typeof DnElement;
}

/** The sections in reading order, with the element that renders each. */
const SECTIONS: readonly Section[] = [
  { name: 'explainer', tag: literal`dn-explainer`, element: DnExplainer },
  { name: 'how-it-works', tag: literal`dn-how-it-works`, element: DnHowItWorks },
  { name: 'conditions', tag: literal`dn-conditions`, element: DnConditions },
  { name: 'session', tag: literal`dn-session`, element: DnSession },
  { name: 'side-effects', tag: literal`dn-side-effects`, element: DnSideEffects },
  { name: 'vs-acupuncture', tag: literal`dn-vs-acupuncture`, element: DnVsAcupuncture },
  { name: 'safety-notice', tag: literal`dn-safety-notice`, element: DnSafetyNotice },
];

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

/** The schema.org JSON-LD of a guide showing `shown`, in the active language (see `renderWithMessages`). */
export function guideJsonLd(shown: readonly Section[], locale: Locale, lastReviewed: string): string {
  const sources = new Set<Source>(shown.flatMap(({ element }) => element.sources));
  return toJsonLd(guideStructuredData({ locale, lastReviewed, sources: [...sources] }));
}

/**
 * @tagname dn-guide
 * @summary The whole patient guide on one page: all seven sections in order, with an optional table of contents.
 *
 * Each section is the matching `dn-*` element, one heading level below the guide's own heading.
 * The guide shows one "last reviewed" line for all of them, and passes on its
 * `lang`, `theme`, `variant` and review date.
 *
 * @slot contact - The clinic's contact details or booking link, shown in the safety section (or at the end).
 *
 * @csspart toc - The table of contents (`<nav>`), when `toc` is set.
 * @csspart section - Each section element.
 */
export class DnGuide extends DnElement {
  static override styles = [...DnElement.styles, dnGuideStyles];

  static override properties: PropertyDeclarations = {
    toc: { type: Boolean, reflect: true },
    sections: {},
    structuredData: { attribute: 'structured-data', type: Boolean, reflect: true },
  };

  /** Shows a table of contents linking to each section. */
  toc = false;

  /**
   * Which sections to show, in which order: names separated by commas or spaces, from
   * `explainer`, `how-it-works`, `conditions`, `session`, `side-effects`, `vs-acupuncture`,
   * `safety-notice`. Empty (the default) shows all seven. Unknown names are ignored with a
   * console warning. Without `safety-notice`, the guide still shows the disclaimer.
   */
  sections = '';

  /**
   * Adds schema.org JSON-LD (a `MedicalWebPage` about the therapy) to the page, as a
   * `<script type="application/ld+json">` child of the guide, kept in step with its
   * language and sections. Off by default in the browser; on in server-rendered snippets.
   */
  structuredData = false;

  private shown: readonly Section[] = SECTIONS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) this.shown = pickSections(this.sections);
  }

  protected override renderTitle(): string {
    return guideTitle();
  }

  protected override renderBody() {
    return html`
      <p>${guideIntro()}</p>
      ${this.toc ? this.renderToc() : nothing}
      ${this.shown.map(
        ({ name, tag }) => staticHtml`
          <${tag}
            id=${name}
            part="section"
            class="section"
            lang=${this.locale}
            heading-level=${this.subheadingLevel}
            last-reviewed=${this.reviewedIso}
            theme=${this.shownTheme}
            variant=${this.shownVariant}
          >${name === 'safety-notice' ? html`<slot name="contact" slot="contact"></slot>` : nothing}</${tag}>
        `,
      )}
      ${
        this.shown.some(({ name }) => name === 'safety-notice')
          ? nothing
          : html`
              <slot name="contact"></slot>
              <p part="disclaimer" class="disclaimer">${disclaimer()}</p>
            `
      }
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
          ${this.shown.map(
            ({ name }) => html`
              <li><a href="#${name}" data-section=${name} @click=${this.onTocClick}>${sectionTitles[name]()}</a></li>
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
    const section = this.renderRoot.querySelector<DnElement>(`#${name}`);
    if (!section) return;
    event.preventDefault();
    section.focusHeading();
  }
}

defineElement('dn-guide', DnGuide);

declare global {
  interface HTMLElementTagNameMap {
    'dn-guide': DnGuide;
  }
}
