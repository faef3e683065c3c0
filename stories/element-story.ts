import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

/** Controls every element shares (see DnElement). */
export interface ElementArgs {
  headingLevel: number;
  lastReviewed: string;
  [extra: string]: unknown;
}

/**
 * Meta for one element's stories (the story file adds its literal `title`,
 * which Storybook's indexer reads without running the file): the tag rendered with its attributes as
 * controls. `booleans` names extra boolean attributes (e.g. dn-guide's `toc`).
 */
export function elementMeta(tag: string, { booleans = [] }: { booleans?: string[] } = {}): Meta<ElementArgs> {
  return {
    component: tag,
    args: {
      headingLevel: 2,
      lastReviewed: '2026-11-26',
      ...Object.fromEntries(booleans.map((name) => [name, false])),
    },
    argTypes: {
      headingLevel: {
        name: 'heading-level',
        description: 'Level (2–6) of the top heading; inner headings follow.',
        control: { type: 'select' },
        options: [2, 3, 4, 5, 6],
      },
      lastReviewed: { name: 'last-reviewed', description: 'Review date shown to the reader (YYYY-MM-DD).', control: 'text' },
      ...Object.fromEntries(booleans.map((name) => [name, { control: 'boolean' }])),
    },
    render: (args) => {
      const el = document.createElement(tag);
      el.setAttribute('heading-level', String(args.headingLevel));
      el.setAttribute('last-reviewed', args.lastReviewed);
      for (const name of booleans) el.toggleAttribute(name, Boolean(args[name]));
      return el;
    },
  };
}

export type ElementStory = StoryObj<ElementArgs>;
