import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { captureWarnings, deepHeadings, deepText, settled } from './helpers.js';

/** Each element with its title, its number of headings and phrases from the source content it must show. */
const ELEMENTS = [
  {
    tag: 'dn-explainer',
    headings: 3,
    title: 'What is dry needling?',
    phrases: [
      'trigger point',
      'tight band of muscle',
      'nothing is injected',
      'Physical therapists',
      'not a cure on its own',
    ],
  },
  {
    tag: 'dn-how-it-works',
    headings: 2,
    title: 'How does it work?',
    phrases: ['twitch', 'microlesion', 'blood flow', 'referred pain', 'range of motion'],
  },
  {
    tag: 'dn-conditions',
    headings: 2,
    title: 'What is it used for?',
    phrases: [
      'low back pain',
      'rotator cuff',
      'Tennis elbow',
      'IT band',
      'TMJ',
      'athletes',
      'Results differ from person to person',
    ],
  },
  {
    tag: 'dn-session',
    headings: 2,
    title: 'What happens during a session?',
    phrases: ['cleans your skin', 'tap the needle', 'about 20 minutes', 'electrical stimulation'],
  },
  {
    tag: 'dn-side-effects',
    headings: 3,
    title: 'Side effects and risks',
    phrases: [
      '24 to 48 hours',
      'Small bruises',
      'A little bleeding',
      'Infection',
      'Nerve injury',
      'collapsed lung',
      '7,629 treatments',
      '1 in 3',
      '20 of the 20,494 treatments',
      'about 1 in 1,000 treatments',
      'get emergency help',
    ],
  },
  {
    tag: 'dn-vs-acupuncture',
    headings: 1,
    title: 'How is it different from acupuncture?',
    phrases: ['Traditional Chinese acupuncture', 'Meridians', 'Qi', 'Trigger points', 'mix up the two'],
  },
  {
    tag: 'dn-safety-notice',
    headings: 2,
    title: 'Is it safe for me?',
    phrases: [
      'licensed clinician',
      'states and countries',
      'Are you allowed and trained',
      'bleeding problem',
      'thins your blood',
      'pregnant',
      'afraid of needles',
      'not medical advice',
    ],
  },
  {
    tag: 'dn-checklist',
    headings: 3,
    title: 'Before your appointment',
    phrases: [
      'Tell your clinician if you',
      'thins your blood',
      'pacemaker',
      'lymphedema',
      'allergic to metal',
      'Questions to ask',
      'near my chest',
      'stop the treatment at any time',
      'not saved or sent',
    ],
  },
  {
    tag: 'dn-aftercare',
    headings: 3,
    title: 'After your session',
    phrases: [
      '24 to 48 hours',
      'small bruises',
      'Get help now',
      'Call your local emergency number now',
      'shortness of breath',
      'chest pain',
      'a new dry cough',
      'up to 2 days',
      'pus',
      'a fever',
      'tingling',
      'press on it',
    ],
  },
  {
    tag: 'dn-guide',
    headings: 23,
    title: 'Dry needling: a guide for patients',
    phrases: [
      'Key points',
      'nothing is injected',
      'microlesion',
      'rotator cuff',
      'cleans your skin',
      'collapsed lung',
      'Meridians',
      'Questions to ask',
      'Get help now',
      'not medical advice',
    ],
  },
] as const;

/**
 * A valid outline: the first heading is at `top`, every later one is below it
 * and never skips a level on the way down.
 */
function expectOutline(headings: string[], top: number, count: number) {
  const levels = headings.map((heading) => Number(heading[1]));
  expect(headings, 'number of headings').to.have.length(count);
  expect(levels[0]).to.equal(top);
  levels.slice(1).forEach((level, i) => {
    expect(level, headings[i + 1]).to.be.greaterThan(top);
    expect(level, headings[i + 1]).to.be.at.most(levels[i] + 1);
  });
}

async function render(tag: string, attributes = '') {
  const el = await fixture(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
  await settled(el);
  return el as HTMLElement;
}

for (const { tag, title, headings, phrases } of ELEMENTS) {
  describe(`<${tag}>`, () => {
    it('is registered as a custom element', () => {
      expect(customElements.get(tag), tag).to.exist;
    });

    it('renders its title and key content in its shadow root', async () => {
      const el = await render(tag);
      expect(el.shadowRoot, 'shadow root').to.exist;
      const text = deepText(el.shadowRoot!);
      expect(text).to.include(title);
      for (const phrase of phrases) expect(text).to.include(phrase);
      expect(el.textContent?.trim(), 'light DOM stays empty').to.equal('');
    });

    it('uses an <h2> by default, with inner headings one level down', async () => {
      const el = await render(tag);
      const top = el.shadowRoot!.querySelector('[part~="heading"]')!;
      expect(top.tagName).to.equal('H2');
      expect(top.textContent?.trim()).to.equal(title);
      expectOutline(deepHeadings(el), 2, headings);
    });

    it('follows heading-level for its own and inner headings', async () => {
      const el = await render(tag, 'heading-level="4"');
      const found = deepHeadings(el);
      expect(found[0]).to.equal(`h4 ${title}`);
      expectOutline(found, 4, headings);
    });

    it('re-renders when heading-level changes', async () => {
      const el = await render(tag);
      el.setAttribute('heading-level', '3');
      await settled(el);
      expect(deepHeadings(el)[0]).to.equal(`h3 ${title}`);
    });

    for (const bad of ['1', '7', 'three', '2.5', '']) {
      it(`falls back to <h2> with one warning for heading-level="${bad}"`, async () => {
        let el!: HTMLElement;
        const warnings = await captureWarnings(async () => {
          el = await render(tag, `heading-level="${bad}"`);
          el.setAttribute('last-reviewed', '2025-01-01');
          await settled(el);
        });
        expect(deepHeadings(el)[0]).to.equal(`h2 ${title}`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(`<${tag}> heading-level="${bad}"`);
        expect(warnings[0]).to.include('using 2');
      });
    }

    it('shows the default "last reviewed" date', async () => {
      const el = await render(tag);
      const time = el.shadowRoot!.querySelector('[part~="reviewed"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-26');
      expect(time.textContent).to.equal('November 26, 2026');
    });

    it('shows a custom "last reviewed" date, and falls back with one warning on an invalid one', async () => {
      const el = await render(tag, 'last-reviewed="2025-03-04"');
      const reviewed = () =>
        el.shadowRoot!.querySelector('[part~="reviewed"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(reviewed()).to.equal('Last reviewed: March 4, 2025');
      const warnings = await captureWarnings(async () => {
        el.setAttribute('last-reviewed', '2025-02-31');
        await settled(el);
      });
      expect(reviewed()).to.equal('Last reviewed: November 26, 2026');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${tag}> last-reviewed="2025-02-31"`);
    });

    it('is hidden by the hidden attribute', async () => {
      const el = await render(tag, 'hidden');
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('passes the axe accessibility audit', async () => {
      const el = await render(tag);
      await expect(el).to.be.accessible();
    });
  });
}
