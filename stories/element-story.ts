import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

/** Controls every element shares (see DnElement); the theme comes from the toolbar. */
export interface ElementArgs {
  headingLevel: number;
  lastReviewed: string;
  variant: 'full' | 'compact';
  collapsible: boolean;
  translationReviewed: boolean;
  footer: string;
  [extra: string]: unknown;
}

/**
 * Meta for one element's stories (the story file adds its literal `title`,
 * which Storybook's indexer reads without running the file): the tag rendered
 * with its attributes as controls. `booleans` names extra boolean attributes
 * (e.g. dn-guide's `toc`); `texts` extra text attributes (e.g. `emergency-number`);
 * `slots` extra text slots (e.g. `contact`).
 */
export function elementMeta(
  tag: string,
  { booleans = [], texts = [], slots = [] }: { booleans?: string[]; texts?: string[]; slots?: string[] } = {},
): Meta<ElementArgs> {
  return {
    component: tag,
    args: {
      headingLevel: 2,
      lastReviewed: '2026-11-26',
      variant: 'full',
      collapsible: false,
      footer: '',
      translationReviewed: false,
      ...Object.fromEntries(booleans.map((name) => [name, false])),
      ...Object.fromEntries([...texts, ...slots].map((name) => [name, ''])),
    },
    argTypes: {
      headingLevel: {
        name: 'heading-level',
        description: 'Level (2–6) of the top heading; inner headings follow.',
        control: { type: 'select' },
        options: [2, 3, 4, 5, 6],
      },
      lastReviewed: {
        name: 'last-reviewed',
        description: 'Review date shown to the reader (YYYY-MM-DD).',
        control: 'text',
      },
      variant: { control: { type: 'inline-radio' }, options: ['full', 'compact'] },
      collapsible: { control: 'boolean' },
      translationReviewed: {
        name: 'translation-reviewed',
        description: 'Hides the line about an unreviewed machine translation (shown in languages other than English).',
        control: 'boolean',
      },
      ...Object.fromEntries(texts.map((name) => [name, { control: 'text' }])),
      footer: { description: 'Text for the footer slot (the clinic’s own line).', control: 'text' },
      ...Object.fromEntries(booleans.map((name) => [name, { control: 'boolean' }])),
      ...Object.fromEntries(
        slots.map((name) => [name, { description: `Text for the ${name} slot.`, control: 'text' }]),
      ),
    },
    render: (args) => {
      const el = document.createElement(tag);
      el.setAttribute('heading-level', String(args.headingLevel));
      el.setAttribute('last-reviewed', args.lastReviewed);
      el.setAttribute('variant', args.variant);
      el.toggleAttribute('collapsible', args.collapsible);
      el.toggleAttribute('translation-reviewed', args.translationReviewed);
      for (const name of booleans) el.toggleAttribute(name, Boolean(args[name]));
      for (const name of texts) if (args[name]) el.setAttribute(name, String(args[name]));
      for (const slot of ['footer', ...slots]) {
        const text = String(args[slot] ?? '');
        if (!text) continue;
        const p = document.createElement('p');
        p.slot = slot;
        p.textContent = text;
        el.append(p);
      }
      return el;
    },
  };
}

export type ElementStory = StoryObj<ElementArgs>;
