import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { allLocales } from '../src/generated/locale-codes.js';

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
  parameters: {
    controls: { expanded: true },
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
