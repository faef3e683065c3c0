import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Source } from '../content/sources.js';
import { formatNumber } from './format.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import type { Lazy } from './lazy.js';
import type { Locale } from './locale-tags.js';

/**
 * What a section's body needs to render, the same whether it stands alone
 * (`<dn-side-effects>`) or sits in `<dn-guide>`'s single shadow root.
 */
export interface SectionContext {
  /** The language being rendered; its messages are active while `render` runs. */
  readonly locale: Locale;
  /** The level of headings inside the body (`subheading` uses it). */
  readonly level: HeadingLevel;
  /** `variant="compact"`: key points only. */
  readonly compact: boolean;
  /** A heading inside the body, at the level below the section's own heading. */
  subheading(content: unknown): TemplateResult;
  /** Content of the `full` variant only. */
  detail(content: unknown): unknown;
  /** A number written the way the language writes it (7,629 · 7.629 · 7 629). */
  number(value: number): string;
  /** The emergency phone number the clinic set (`emergency-number`), if any; never guessed. */
  readonly emergencyNumber: string | undefined;
  /**
   * The clinic's `contact` slot. Standalone, every section shows it where it
   * calls this; in `dn-guide`, which has one slot, only the "Get help now" box does.
   */
  contact(place: 'get-help' | 'section'): unknown;
}

/** What the element rendering a section adds to its context. */
export interface ContextOptions {
  /** Validated `emergency-number`. */
  readonly emergencyNumber?: string;
  /** The `contact` slot appears once, in the "Get help now" box (`dn-guide`). */
  readonly contactInGetHelpOnly?: boolean;
}

/** The groups of sections whose text a page downloads together (see `SectionDescriptor.group`). */
export const TEXT_GROUPS = ['about', 'safety'] as const;
export type TextGroup = (typeof TEXT_GROUPS)[number];

/** The group of the guide's own text: its key points and "Get help now" box are safety content. */
export const GUIDE_TEXT_GROUP: TextGroup = 'safety';

/** A section's text and markup: `<name>.body.ts`, loaded where the section is shown. */
export interface SectionBody {
  /** The papers its text quotes, shown under it (in the guide, once in one list). */
  readonly sources: readonly Source[];
  /** The body below the heading. */
  render(context: SectionContext): unknown;
}

/**
 * One section of the patient guide, as data: the standalone element and
 * `dn-guide` both render it from this. The registry (`src/components/sections.ts`)
 * lists every section in reading order; everything else that lists sections
 * (exports, React wrappers, the WordPress plugin, README and demo tables) is
 * generated from it by `npm run generate`. Its body (text, sources) is a
 * separate module, loaded when an element first shows the section.
 */
export interface SectionDescriptor<Name extends string = string> {
  /** Used in `dn-guide sections="…"`, in ids and in the WordPress block. */
  readonly name: Name;
  /** The standalone element; its class is `Dn` + the name in PascalCase (`DnSideEffects`), whose JSDoc `@summary` describes the section in docs. */
  readonly tag: `dn-${Name}`;
  /** The heading, in the active language. */
  readonly title: () => string;
  /** CSS for this section's own markup, on top of the shared styles. */
  readonly styles?: CSSResult;
  /**
   * Sections of one group come in one file of the CDN build, with one
   * language file per group and language: a page downloads the groups of the
   * sections it shows. `about`: what dry needling is; `safety`: risks, checks
   * and aftercare (with the guide's own key points and "Get help now" box).
   */
  readonly group: TextGroup;
  /** The body: `await section.body.load()`, then `section.body.value`. */
  readonly body: Lazy<SectionBody>;
}

/** Declares a section, keeping its `name` and `tag` as literal types for the tag unions. */
export const defineSection = <const Name extends string>(section: SectionDescriptor<Name>): SectionDescriptor<Name> =>
  section;

/** The context for rendering a section body in `locale`, with its subheadings at `level`. */
export function sectionContext(
  locale: Locale,
  level: HeadingLevel,
  compact: boolean,
  { emergencyNumber, contactInGetHelpOnly = false }: ContextOptions = {},
): SectionContext {
  return {
    locale,
    level,
    compact,
    subheading: (content) => renderHeading(level, content, { part: 'subheading', className: 'subheading' }),
    detail: (content) => (compact ? nothing : content),
    number: (value) => formatNumber(locale, value),
    emergencyNumber,
    contact: (place) =>
      contactInGetHelpOnly && place !== 'get-help'
        ? nothing
        : html`<div part="contact"><slot name="contact"></slot></div>`,
  };
}
