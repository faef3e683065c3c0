import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers.js';

// The real CDN file, served so that every language file fails with a 404 (see web-test-runner.config.mjs).
const CDN = '/test-fixtures/cdn-without-locales/dry-needling-widgets.min.js';

describe('a language file that fails to load', () => {
  it('renders English, fires dn-locale-error once and warns once, with no unhandled rejection', async () => {
    await import(/* @vite-ignore */ CDN);
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const events: CustomEvent[] = [];
    const onError = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('dn-locale-error', onError);

    const el = document.createElement('dn-explainer') as HTMLElement & { updateComplete: Promise<unknown> };
    el.lang = 'de';
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('dn-locale-error', onError);

    const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('What is dry needling?');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(events).to.have.length(1);
    expect(events[0].detail.locale).to.equal('de');
    expect(events[0].composed, 'crosses shadow roots').to.be.true;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"de" translations could not be loaded');
    expect(rejections).to.deep.equal([]);
    el.remove();
  });
});
