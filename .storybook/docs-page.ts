// The docs page of every element: what it is for (the summary and description
// from its class's JSDoc, through the manifest), the HTML to paste, a live
// example, and its options. React, because Storybook's docs blocks are React
// components; createElement, so the file needs no JSX setup.
import {
  Controls,
  Description,
  Heading,
  Markdown,
  Primary,
  Source,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';
import { elementDeclaration } from './element-api.js';
import { usageSnippet } from './usage.js';

const SCRIPT_NOTE = `Paste it where the text should appear. The page also needs the library's script, once,
before the first element: copy the script tag and import map from the README ("On any web page or
CMS"), which pin the version and every file's integrity hash. In an app, \`import 'dry-needling-widgets';\`
instead.`;

const OPTIONS_NOTE = `Attributes, slots, events, CSS custom properties and parts. Change a control to see
its effect on the example above; the toolbar sets the language, theme and text direction of the page.`;

export function ElementDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tag = String(preparedMeta.component);
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Subtitle, null, elementDeclaration(tag).summary),
    createElement(Description),
    createElement(Heading, null, 'Usage'),
    createElement(Markdown, null, SCRIPT_NOTE),
    createElement(Source, { code: usageSnippet(tag), language: 'html', dark: false }),
    createElement(Primary),
    createElement(Heading, null, 'Options'),
    createElement(Markdown, null, OPTIONS_NOTE),
    createElement(Controls),
    createElement(Stories),
  );
}
