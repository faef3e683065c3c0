import { html, nothing } from 'lit';
import { getHelpLines } from '../../content/aftercare.js';
import { disclaimer } from '../../content/disclaimer.js';
import { guideIntro, guideTitle, keyPoints, keyPointsTitle } from '../../content/guide.js';
import { citedBy, type Source } from '../../content/sources.js';
import { guideStructuredData, toJsonLd } from '../../content/structured-data.js';
import { renderCallout } from '../../internal/callout.js';
import { renderHeading, type HeadingLevel } from '../../internal/heading.js';
import type { Locale } from '../../internal/locale-tags.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';
import { warnOnce } from '../../internal/warn.js';
import { getHelpTitle, renderGetHelp } from '../aftercare/get-help.js';
import type { Section } from '../sections.js';

// The guide's own text (title, introduction, key points, "Get help now" box,
// structured data): a file of its own, loaded with the sections it shows.

export { guideTitle as title };

/**
 * The papers a guide showing `shown` quotes, each once, in reading order: the
 * key points', the sections', then the "Get help now" box's (shown by every
 * guide). The sections' bodies must be loaded.
 */
export const sourcesOf = (shown: readonly Section[]): readonly Source[] => [
  ...new Set<Source>([
    ...citedBy(keyPoints(String)),
    ...shown.flatMap((section) => section.body.value!.sources),
    ...citedBy(getHelpLines()),
  ]),
];

/**
 * The schema.org JSON-LD of a guide showing `shown`, in the active language
 * (see `renderWithMessages`). The element and the server renderer both use it,
 * with a validated review date (YYYY-MM-DD).
 */
export function jsonLd(shown: readonly Section[], locale: Locale, lastReviewed: string): string {
  return toJsonLd(guideStructuredData({ locale, lastReviewed, sources: sourcesOf(shown) }));
}

/**
 * Keeps the guide's structured data in its light DOM, where crawlers read it:
 * a `<script type="application/ld+json">` child with `json`, or none when
 * `json` is undefined. A server-rendered snippet's script is reused.
 */
export function placeStructuredData(guide: HTMLElement, json: string | undefined): void {
  let script = guide.querySelector<HTMLScriptElement>(
    ':scope > script[type="application/ld+json"][data-dn-structured-data]',
  );
  if (json === undefined) {
    script?.remove();
    return;
  }
  if (script?.textContent === json) return;
  try {
    script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    script.dataset.dnStructuredData = '';
    script.textContent = json;
    if (!script.isConnected) guide.append(script);
  } catch (error) {
    // Trusted Types treat every script's text as code; the server-rendered snippet carries the data instead.
    warnOnce(`<dn-guide> structured-data could not be added (${String(error)}); use the server-rendered snippet.`);
  }
}

/** What the guide element passes to `render`. */
export interface GuideView {
  readonly context: SectionContext;
  /** The level of the sections' headings. */
  readonly level: HeadingLevel;
  readonly shown: readonly Section[];
  /** The guide's one numbered list of papers (`sourcesOf(shown)`). */
  readonly sources: readonly Source[];
  readonly toc: boolean;
}

const shows = (shown: readonly Section[], name: Section['name']) => shown.some((section) => section.name === name);

/** The guide's body: introduction, key points, table of contents, sections and what closes every guide. */
export function render(view: GuideView) {
  const { context, level, shown } = view;
  return html`
    <p>${guideIntro()}</p>
    ${renderCallout(
      'key',
      renderHeading(level, keyPointsTitle(), { part: 'section-heading', className: 'heading' }),
      [
        html`<ul>
          ${keyPoints(context.number).map(({ text }) => html`<li>${text}</li>`)}
        </ul>`,
        renderReferences(view, citedBy(keyPoints(String))),
      ],
      'key-points',
    )}
    ${view.toc ? renderToc(view) : nothing}
    ${shown.map(
      (section) =>
        html`<section part="section" class="section" id=${section.name}>
          ${renderHeading(level, section.title(), {
            part: 'section-heading',
            className: 'heading',
            focusable: true,
          })}
          ${section.body.value!.render(context)} ${renderReferences(view, section.body.value!.sources)}
        </section>`,
    )}
    ${shows(shown, 'aftercare') ? nothing : renderGetHelp(context, level)}
    ${shows(shown, 'safety-notice') ? nothing : html`<p part="disclaimer" class="disclaimer">${disclaimer()}</p>`}
  `;
}

function renderToc({ shown }: GuideView) {
  return html`
    <nav part="toc" class="toc" aria-labelledby="toc-title">
      <p class="toc-title" id="toc-title">${msg('Contents', { id: 'guide.toc' })}</p>
      <ol>
        ${[...shown, { name: 'get-help', title: getHelpTitle }].map(
          ({ name, title }) => html` <li><a href="#${name}">${title()}</a></li> `,
        )}
      </ol>
    </nav>
  `;
}

/**
 * A section's sources as numbers that link to the guide's one numbered list
 * (each paper once, however many sections quote it).
 */
function renderReferences({ sources: list }: GuideView, sources: readonly Source[]) {
  const numbers = [...new Set(sources.map((source) => list.indexOf(source) + 1))]
    .filter((number) => number > 0)
    .sort((a, b) => a - b);
  if (numbers.length === 0) return nothing;
  return html`<p part="references" class="references">
    ${msg('Sources', { id: 'common.sources' })}
    ${numbers.map((number) => html`<a href="#source-${number}">[${number}]</a> `)}
  </p>`;
}
