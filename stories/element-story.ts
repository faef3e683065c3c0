import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultArgs, markupOf } from '../.storybook/element-api.js';
import '../src/index.js';

/** Attribute values keyed by attribute name (`heading-level`), slot texts keyed by slot name (`contact`). */
export type ElementArgs = Record<string, string | number | boolean | undefined>;

/**
 * Meta for one element's stories (the story file adds its literal `title`,
 * which Storybook's indexer reads without running the file): the tag rendered
 * with its attributes and slots as controls, read from the manifest
 * (.storybook/element-api.ts); a slot's text goes in a paragraph.
 */
export function elementMeta(tag: string): Meta<ElementArgs> {
  return {
    component: tag,
    args: defaultArgs(tag),
    render: (args) => {
      const { attributes, slots } = markupOf(tag, args);
      const el = document.createElement(tag);
      for (const [name, value] of attributes) el.setAttribute(name, value === true ? '' : value);
      for (const [name, text] of slots) {
        const p = document.createElement('p');
        p.slot = name;
        p.textContent = text;
        el.append(p);
      }
      return el;
    },
  };
}

export type ElementStory = StoryObj<ElementArgs>;
