import type { CSSResultGroup } from 'lit';
import type { Source } from '../content/sources.js';
import { DnElement } from './dn-element.js';
import { dnElementStyles } from './dn-element.styles.js';
import type { SectionDescriptor } from './section.js';

/**
 * A standalone section element: a thin wrapper that renders its descriptor
 * (see `section.ts`) inside the frame every element shares.
 */
export abstract class DnSection extends DnElement {
  /** The section this element shows: its title, body, sources and styles. */
  declare static readonly section: SectionDescriptor;

  /** The shared styles plus the section's own. */
  protected static stylesOf(section: SectionDescriptor): CSSResultGroup {
    return section.styles ? [dnElementStyles, section.styles] : [dnElementStyles];
  }

  /** The references this element's text relies on, in the order of its `sources` list. */
  static get sources(): readonly Source[] {
    return this.section.sources;
  }

  private get section(): SectionDescriptor {
    return (this.constructor as typeof DnSection).section;
  }

  protected override renderTitle(): string {
    return this.section.title();
  }

  protected override renderBody(): unknown {
    return this.section.render(this.sectionContext(this.subheadingLevel));
  }

  protected override sourceList(): readonly Source[] {
    return this.section.sources;
  }
}
