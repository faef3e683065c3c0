import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta: Meta<ElementArgs> = {
  title: 'Elements/dn-aftercare',
  ...elementMeta('dn-aftercare'),
};

export default meta;

/** No `emergency-number`: the box says "your local emergency number". */
export const Default: ElementStory = {};

export const WithEmergencyNumber: ElementStory = { args: { 'emergency-number': '112' } };

export const WithClinicContactAndInstructions: ElementStory = {
  args: {
    'emergency-number': '911',
    contact: 'Riverside Physio: 555-0100 (weekdays 8am to 6pm).',
    'clinic-aftercare':
      'Drink water and keep moving gently today. Avoid heavy exercise of the treated muscle for a day.',
  },
};

export const Compact: ElementStory = { args: { variant: 'compact' } };

export const NestedUnderAnH3: ElementStory = { args: { 'heading-level': 4 } };
