import { expect } from '@open-wc/testing';
// Default imports: React is CommonJS (see web-test-runner.config.mjs).
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { DnGuide, DnSideEffects } from '../src/react/index.js';
import type { DnGuide as DnGuideElement } from '../src/index.js';
import { settled } from './helpers.js';

describe('React wrappers (dry-needling-widgets/react)', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('render the element with its props set as properties', async () => {
    const root = ReactDOMClient.createRoot(container);
    ReactDOM.flushSync(() => root.render(React.createElement(DnGuide, { toc: true, headingLevel: 3, lang: 'es' })));
    const el = container.querySelector('dn-guide') as DnGuideElement;
    await settled(el);
    expect(el.toc).to.be.true;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.tagName).to.equal('H3');
    expect(el.shadowRoot!.querySelector('nav[part~="toc"]')).to.exist;
    expect(el.locale).to.equal('es');
    root.unmount();
  });

  it('pass dn-locale-error to onDnLocaleError', async () => {
    const root = ReactDOMClient.createRoot(container);
    const seen: string[] = [];
    ReactDOM.flushSync(() =>
      root.render(React.createElement(DnSideEffects, { onDnLocaleError: (event) => seen.push(event.detail.locale) })),
    );
    const el = container.querySelector('dn-side-effects')!;
    el.dispatchEvent(new CustomEvent('dn-locale-error', { detail: { locale: 'de', error: new Error('test') } }));
    expect(seen).to.deep.equal(['de']);
    root.unmount();
  });
});
