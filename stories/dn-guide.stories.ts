import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta: Meta<ElementArgs> = { title: 'Elements/dn-guide', ...elementMeta('dn-guide', { booleans: ['toc'] }) };

export default meta;

export const Default: ElementStory = {};

export const WithTableOfContents: ElementStory = { args: { toc: true } };
