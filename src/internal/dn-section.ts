import type { CSSResultGroup } from 'lit';
import type { Source } from '../content/sources.js';
import { DnElement } from './dn-element.js';
import { dnElementStyles } from './dn-element.styles.js';
import type { Lazy } from './lazy.js';
import type { SectionDescriptor, TextGroup } from './section.js';

/**
 * A standalone section element: a thin wrapper that renders its descriptor
 * (see `section.ts`) inside the frame every element shares. Its body comes in
 * a file of its own, loaded before the first render.
 */
export abstract class DnSection extends DnElement {
  /** The section this element shows: its title, body, sources and styles. */
  declare static readonly section: SectionDescriptor;

  /** The shared styles plus the section's own. */
  protected static stylesOf(section: SectionDescriptor): CSSResultGroup {
    return section.styles ? [dnElementStyles, section.styles] : [dnElementStyles];
  }

  /** The references this element's text relies on, in the order of its `sources` list. */
  static async loadSources(): Promise<readonly Source[]> {
    return (await this.section.body.load()).sources;
  }

  get #section(): SectionDescriptor {
    return (this.constructor as typeof DnSection).section;
  }

  protected override content(): readonly Lazy<unknown>[] {
    return [this.#section.body];
  }

  protected override textGroups(): readonly TextGroup[] {
    return [this.#section.group];
  }

  protected override renderTitle(): string {
    return this.#section.title();
  }

  protected override renderBody(): unknown {
    return this.#section.body.value!.render(this.sectionContext(this.subheadingLevel));
  }

  protected override sourceList(): readonly Source[] {
    return this.#section.body.value!.sources;
  }
}
