import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { create } from 'storybook/theming/create';
// Generated from the JSDoc by `cem analyze` (run by `npm run build` and `npm run storybook`):
// the docs pages' descriptions and tables of attributes, properties, slots, parts, CSS properties
// and events come from it.
import manifest from '../dist/custom-elements.json';
import { allLocales } from '../src/generated/locale-codes.js';
import { ElementDocsPage } from './docs-page.js';
import { elementArgTypes } from './element-api.js';
import { elementHtml } from './usage.js';

setCustomElementsManifest(manifest);

/**
 * The page's font, for the docs and the story canvas. The elements set none
 * of their own (they inherit the host page's), so without it they showed in
 * the browser's default serif.
 */
const SYSTEM_FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif`;

/** Each language named in itself, e.g. "Español", for the toolbar. */
const languageItems = allLocales.map((locale) => ({
  value: locale,
  title: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
  right: locale,
}));

/**
 * Wraps every story in the chosen language, direction and font, as a host page
 * would, and gives its element the toolbar's theme unless its `theme` control
 * is set (on a page background that matches the element's theme).
 */
const withPageSettings: Decorator = (story, { globals }) => {
  const rendered = story();
  let theme = globals.theme ?? 'light';
  if (rendered instanceof HTMLElement) {
    if (rendered.hasAttribute('theme')) theme = rendered.getAttribute('theme');
    else rendered.setAttribute('theme', theme);
  }
  const background = theme === 'dark' ? '#010409' : theme === 'auto' ? 'Canvas' : '#f6f8fa';
  return html`
    <div
      style="background: ${background}; padding: 1rem; color-scheme: ${
        theme === 'auto' ? 'light dark' : theme
      }; font-family: ${SYSTEM_FONT}"
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
    docs: {
      page: ElementDocsPage,
      theme: create({ base: 'light', fontBase: SYSTEM_FONT }),
      extractArgTypes: elementArgTypes,
      // "Show code" gives the HTML to paste for the story's controls, not the rendered DOM.
      source: { transform: (_rendered: string, { component, args }) => elementHtml(String(component), args) },
    },
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
