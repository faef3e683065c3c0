import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../content/sources.js';
import { formatDate } from './format.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import type { Locale } from './locale-tags.js';
import { msg } from './localize.js';

// The frame every element renders around its body: heading, translation notice,
// sources, review date, footer slot, disclosure. A file of its own, loaded with
// the text it frames, so that defining the elements does not download it.

/** What `DnElement` shows around its body, validated. */
export interface FrameView {
  readonly locale: Locale;
  readonly level: HeadingLevel;
  readonly title: string;
  readonly body: unknown;
  readonly sources: readonly Source[];
  readonly reviewed: Date;
  readonly reviewedIso: string;
  /** The line saying the text was machine-translated and not yet checked by a medical translator. */
  readonly translationNotice: boolean;
  readonly collapsible: boolean;
  readonly open: boolean;
  /** The base's `dir`, or `nothing` to inherit the page's direction. */
  readonly dir: string | typeof nothing;
  /** What the render was made for (see `DnElement`): a server-rendered snippet carries it. */
  readonly renderedFor: string;
}

/** The element's whole shadow tree (with its messages active, see `renderWithMessages`). */
export function renderFrame(view: FrameView): TemplateResult {
  const heading = renderHeading(view.level, view.title, {
    part: 'heading',
    className: 'heading',
    // Inside <summary> the heading must not be focusable itself (nested interactive content).
    focusable: !view.collapsible,
  });
  const content = html`
    ${
      view.translationNotice
        ? html`<p part="translation-notice" class="translation-notice">
            ${msg('This text was translated from English by a computer. A medical translator has not checked it yet.', {
              id: 'common.translation-unreviewed',
            })}
          </p>`
        : nothing
    }
    <div part="body">${view.body}</div>
    ${renderSources(view.sources)}
    <p part="reviewed" class="reviewed">
      ${msg('Last reviewed:', { id: 'common.last-reviewed' })}
      <time datetime=${view.reviewedIso}>${formatDate(view.locale, view.reviewed)}</time>
    </p>
    <div part="footer"><slot name="footer"></slot></div>
  `;
  return html`
    <div part="base" class="base" lang=${view.locale} dir=${view.dir} data-dn-for=${view.renderedFor}>
      ${
        view.collapsible
          ? html`<details part="disclosure" class="disclosure" ?open=${view.open}>
              <summary part="summary">${heading}</summary>
              ${content}
            </details>`
          : [heading, content]
      }
    </div>
  `;
}

function renderSources(sources: readonly Source[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`
    <div part="sources" class="sources">
      <p class="sources-title">${msg('Sources', { id: 'common.sources' })}</p>
      <ol>
        ${sources.map(({ citation, url }, index) => {
          // Citations stay in English; isolating them keeps their punctuation right in Arabic.
          // The id and tabindex let the guide's numbered references move focus here.
          return html`<li id="source-${index + 1}" tabindex="-1">
            ${
              url
                ? html`<a href=${url} lang="en" dir="ltr">${citation}</a>`
                : html`<span lang="en" dir="ltr">${citation}</span>`
            }
          </li>`;
        })}
      </ol>
    </div>
  `;
}
