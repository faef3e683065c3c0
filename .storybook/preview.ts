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

/**
 * Wraps every story in the chosen language and direction, as a host page would,
 * and gives its element the toolbar's theme (on a matching page background).
 */
const withPageSettings: Decorator = (story, { globals }) => {
  const rendered = story();
  const theme = globals.theme ?? 'light';
  if (rendered instanceof HTMLElement) rendered.setAttribute('theme', theme);
  const background = theme === 'dark' ? '#010409' : theme === 'auto' ? 'Canvas' : '#f6f8fa';
  return html`
    <div
      style="background: ${background}; padding: 1rem; color-scheme: ${theme === 'auto' ? 'light dark' : theme}"
      lang=${globals.locale ?? 'en'}
      dir=${globals.direction && globals.direction !== 'language' ? globals.direction : nothing}
    >
      ${rendered}
    </div>
  `;
};

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
    theme: {
      description: 'Color theme of the elements (their theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system setting)' },
        ],
        dynamicTitle: true,
      },
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
  initialGlobals: { locale: 'en', theme: 'light', direction: 'language' },
  decorators: [withPageSettings],
};

export default preview;
