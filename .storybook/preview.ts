import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Generated from the JSDoc by `cem analyze` (run by `npm run build` and `npm run storybook`):
// the docs tables of attributes, properties, slots, parts, CSS properties and events come from it.
import manifest from '../dist/custom-elements.json';
import { allLocales } from '../src/generated/locale-codes.js';

setCustomElementsManifest(manifest);

/** Each language named in itself, e.g. "Español", for the toolbar. */
const languageItems = allLocales.map((locale) => ({
  value: locale,
  title: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
  right: locale,
}));

/** Wraps every story in the chosen language and direction, as a host page would. */
const withLanguage: Decorator = (story, { globals }) => html`
  <div lang=${globals.locale ?? 'en'} dir=${globals.direction && globals.direction !== 'language' ? globals.direction : nothing}>
    ${story()}
  </div>
`;

const preview: Preview = {
  // A docs page per element, its API tables generated from the manifest.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // axe in the Accessibility panel; violations fail `npm run test:storybook` too (scripts/check-storybook.mjs).
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements (set as lang on a wrapper)',
      toolbar: { title: 'Language', icon: 'globe', items: languageItems, dynamicTitle: true },
    },
    direction: {
      description: 'Text direction of the page around the elements',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'language', title: 'Follow the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'language' },
  decorators: [withLanguage],
};

export default preview;
