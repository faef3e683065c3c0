import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta: Meta<ElementArgs> = {
  title: 'Elements/dn-guide',
  ...elementMeta('dn-guide'),
};

export default meta;

export const Default: ElementStory = {};

export const WithTableOfContents: ElementStory = { args: { toc: true } };

export const Compact: ElementStory = { args: { variant: 'compact' } };

export const Collapsible: ElementStory = { args: { collapsible: true } };

export const WithClinicFooter: ElementStory = { args: { footer: 'Riverside Physio · patient information sheet' } };

export const WithClinicContact: ElementStory = {
  args: { contact: 'Questions? Call Riverside Physio on 555-0100 or book online at riverside.example.' },
};

/** Without the aftercare section, the "Get help now" box still closes the guide. */
export const ChosenSections: ElementStory = { args: { toc: true, sections: 'explainer,side-effects,safety-notice' } };
