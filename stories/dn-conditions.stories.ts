import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta: Meta<ElementArgs> = { title: 'Elements/dn-conditions', ...elementMeta('dn-conditions') };

export default meta;

export const Default: ElementStory = {};

export const NestedUnderAnH3: ElementStory = { args: { 'heading-level': 4 } };

export const Compact: ElementStory = { args: { variant: 'compact' } };

export const Collapsible: ElementStory = { args: { collapsible: true } };

export const WithClinicFooter: ElementStory = { args: { footer: 'Riverside Physio · patient information sheet' } };
