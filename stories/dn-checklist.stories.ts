import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta: Meta<ElementArgs> = { title: 'Elements/dn-checklist', ...elementMeta('dn-checklist') };

export default meta;

/** Tick the boxes: nothing is saved or sent, and a reload clears them. */
export const Default: ElementStory = {};

/** The "tell your clinician" list only. */
export const Compact: ElementStory = { args: { variant: 'compact' } };

export const Collapsible: ElementStory = { args: { collapsible: true } };

export const NestedUnderAnH3: ElementStory = { args: { 'heading-level': 4 } };
