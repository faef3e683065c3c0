import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { SECTIONS } from '../src/components/sections.js';
import { getHelpLines } from '../src/content/aftercare.js';
import { questionsToAsk, stopAnyTime, tellClinician } from '../src/content/safety.js';
import { allLocales } from '../src/generated/locale-codes.js';
import { loadMessages } from '../src/internal/locale-loader.js';
import { TEXT_GROUPS } from '../src/internal/section.js';
import type { DnAftercare } from '../src/components/aftercare/dn-aftercare.class.js';
import type { DnChecklist } from '../src/components/checklist/dn-checklist.class.js';
import type { DnGuide } from '../src/components/guide/dn-guide.class.js';
import { captureWarnings, deepText, settled } from './helpers.js';

/** Each language's "Get help now" heading, from its generated messages. */
async function helpHeadingIn(locale: string): Promise<string> {
  if (locale === 'en') return 'Get help now';
  const templates = await loadMessages(locale as Parameters<typeof loadMessages>[0], TEXT_GROUPS);
  return templates['aftercare.help.heading'] as string;
}

const getHelp = (el: Element) => el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="get-help"]');

describe('"Get help now" box', () => {
  for (const locale of allLocales) {
    it(`renders in ${locale}, with a real heading and every warning sign, no English fallback`, async () => {
      const expected = await helpHeadingIn(locale);
      let el!: DnAftercare;
      const warnings = await captureWarnings(async () => {
        el = await fixture<DnAftercare>(html`<dn-aftercare lang=${locale}></dn-aftercare>`);
        await settled(el);
      });
      expect(warnings, 'no missing translation').to.deep.equal([]);
      const [box] = getHelp(el);
      const heading = box.querySelector('h3')!;
      expect(heading.textContent!.trim()).to.equal(expected);
      expect(expected).to.be.a('string').and.not.be.empty;
      if (locale !== 'en') expect(expected, 'translated').to.not.equal('Get help now');
      // Three groups (emergency, same day, clinic), seven signs.
      expect(box.querySelectorAll('li')).to.have.length(7);
      expect(box.querySelectorAll('.get-help-action')).to.have.length(3);
    });
  }

  const configurations = [
    '',
    'aftercare',
    ...SECTIONS.filter((s) => s.name !== 'aftercare').map((s) => s.name),
    'explainer session',
  ];
  for (const sections of configurations) {
    it(`is shown exactly once by <dn-guide sections="${sections}" toc>, linked from the table of contents`, async () => {
      const el = await fixture<DnGuide>(html`<dn-guide toc sections=${sections}></dn-guide>`);
      await settled(el);
      const boxes = getHelp(el);
      expect(boxes, 'one box').to.have.length(1);
      expect(deepText(boxes[0])).to.include('shortness of breath');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="toc"] a[href="#get-help"]')!;
      expect(link.textContent!.trim()).to.equal('Get help now');
      link.click();
      expect(el.shadowRoot!.activeElement).to.equal(boxes[0].querySelector('[part~="get-help-heading"]'));
    });
  }

  it('stays in the guide in every language, whatever sections says', async () => {
    for (const locale of ['es', 'ar', 'zh-Hant']) {
      const el = await fixture<DnGuide>(html`<dn-guide lang=${locale} sections="explainer"></dn-guide>`);
      await settled(el);
      expect(getHelp(el)[0].querySelector('h3')!.textContent!.trim()).to.equal(await helpHeadingIn(locale));
    }
  });

  it('names its sources: every warning sign and note cites a paper the element lists', async () => {
    const el = await fixture(html`<dn-aftercare></dn-aftercare>`);
    await settled(el);
    const listed = deepText(el.shadowRoot!.querySelector('[part~="sources"]')!);
    for (const line of getHelpLines()) {
      expect(line.sources, line.text).to.not.be.empty;
      for (const { citation } of line.sources) expect(listed, line.text).to.include(citation);
    }
  });
});

describe('emergency-number', () => {
  const box = (el: Element) => deepText(getHelp(el)[0]);

  for (const tag of ['dn-aftercare', 'dn-guide'] as const) {
    const render = async (attributes: string) => {
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
      await settled(el);
      return el;
    };

    it(`<${tag}>: says to call the number when set`, async () => {
      const el = await render('emergency-number="112"');
      expect(box(el)).to.include('Call 112 now if you have:');
      expect(box(el)).to.not.include('local emergency number');
    });

    it(`<${tag}>: invents no number when unset, in any language`, async () => {
      for (const lang of ['en', 'de', 'es', 'fr', 'ko']) {
        const el = await render(`lang="${lang}"`);
        expect(box(el), lang).to.not.match(/\b(?:911|112|999|000|119|15)\b/);
      }
      expect(box(await render(''))).to.include('Call your local emergency number now if you have:');
    });
  }

  it('falls back to "your local emergency number" with one warning on a value that is not a phone number', async () => {
    let el!: DnAftercare;
    const warnings = await captureWarnings(async () => {
      el = await fixture<DnAftercare>(html`<dn-aftercare emergency-number="call us"></dn-aftercare>`);
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('emergency-number="call us"');
    expect(box(el)).to.include('Call your local emergency number now');
  });

  it('follows the property and the attribute as they change, in the active language', async () => {
    const el = await fixture<DnAftercare>(html`<dn-aftercare lang="es"></dn-aftercare>`);
    await settled(el);
    el.emergencyNumber = '911';
    await settled(el);
    expect(box(el)).to.include('911');
    el.removeAttribute('emergency-number');
    el.emergencyNumber = undefined;
    await settled(el);
    expect(box(el)).to.not.include('911');
  });

  it("puts the clinic's contact slot in the box, once in the guide", async () => {
    const el = await fixture<DnGuide>(
      html`<dn-guide><a slot="contact" href="tel:5550100">Call the clinic</a></dn-guide>`,
    );
    await settled(el);
    const slots = el.shadowRoot!.querySelectorAll('slot[name="contact"]');
    expect(slots).to.have.length(1);
    expect(slots[0].closest('[part~="get-help"]')).to.exist;
    expect((slots[0] as HTMLSlotElement).assignedElements()).to.have.length(1);
  });
});

describe('<dn-checklist>', () => {
  const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  it('has a native, labelled, unticked checkbox for every item and question', async () => {
    const el = await fixture<DnChecklist>(html`<dn-checklist></dn-checklist>`);
    await settled(el);
    const all = boxes(el);
    expect(all).to.have.length(tellClinician().length + questionsToAsk().length);
    for (const box of all) {
      expect(box.checked).to.equal(false);
      expect(box.labels![0].textContent!.trim()).to.not.be.empty;
    }
  });

  it('toggles by keyboard (Tab, Space) and by pointer (the label), and keeps ticks across re-renders', async () => {
    const el = await fixture<DnChecklist>(html`<dn-checklist></dn-checklist>`);
    await settled(el);
    const [first, second] = boxes(el);
    first.focus();
    await sendKeys({ press: ' ' });
    expect(first.checked, 'Space ticks').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(second);
    await sendKeys({ press: ' ' });
    expect(second.checked).to.equal(true);
    await sendKeys({ press: ' ' });
    expect(second.checked, 'Space unticks').to.equal(false);
    second.labels![0].click();
    expect(second.checked, 'a click on the text ticks').to.equal(true);
    el.headingLevel = 3;
    el.setAttribute('theme', 'dark');
    await settled(el);
    expect([first.isConnected, first.checked, second.checked]).to.deep.equal([true, true, true]);
  });

  it('stores and sends nothing when boxes are ticked', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const calls: string[] = [];
    const originalFetch = window.fetch;
    const originalSetItem = Storage.prototype.setItem;
    window.fetch = (...args) => (calls.push('fetch'), originalFetch(...args));
    Storage.prototype.setItem = function (...args) {
      calls.push('setItem');
      return originalSetItem.apply(this, args);
    };
    try {
      const el = await fixture<DnChecklist>(html`<dn-checklist></dn-checklist>`);
      await settled(el);
      for (const box of boxes(el)) box.click();
      await settled(el);
      expect(boxes(el).every((box) => box.checked)).to.equal(true);
    } finally {
      window.fetch = originalFetch;
      Storage.prototype.setItem = originalSetItem;
    }
    expect(calls).to.deep.equal([]);
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(
      before,
    );
  });

  it('names a source for every item, question and statement, and lists it', async () => {
    const el = await fixture(html`<dn-checklist></dn-checklist>`);
    await settled(el);
    const listed = deepText(el.shadowRoot!.querySelector('[part~="sources"]')!);
    for (const line of [...tellClinician(), ...questionsToAsk(), stopAnyTime()]) {
      expect(line.sources, line.text).to.not.be.empty;
      for (const { citation } of line.sources) expect(listed, line.text).to.include(citation);
    }
  });

  it('keeps the "tell your clinician" list and the stop statement in the compact variant', async () => {
    const el = await fixture<DnChecklist>(html`<dn-checklist variant="compact"></dn-checklist>`);
    await settled(el);
    expect(boxes(el)).to.have.length(tellClinician().length);
    expect(deepText(el.shadowRoot!)).to.include('stop the treatment at any time');
  });
});

describe('unreviewed translations', () => {
  it('tell patients in their language that a medical translator has not checked the text, once per element', async () => {
    const templates = await loadMessages('es', TEXT_GROUPS);
    const el = await fixture<DnGuide>(html`<dn-guide lang="es"></dn-guide>`);
    await settled(el);
    const notices = el.shadowRoot!.querySelectorAll('[part~="translation-notice"]');
    expect(notices).to.have.length(1);
    expect(notices[0].textContent!.trim()).to.equal(templates['common.translation-unreviewed'] as string);
  });

  it('say nothing in English, the source text', async () => {
    const el = await fixture(html`<dn-explainer lang="en"></dn-explainer>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="translation-notice"]')).to.equal(null);
  });

  it('hide the line when the clinic sets translation-reviewed', async () => {
    const el = await fixture<DnGuide>(html`<dn-explainer lang="de" translation-reviewed></dn-explainer>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="translation-notice"]')).to.equal(null);
    el.removeAttribute('translation-reviewed');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="translation-notice"]')).to.exist;
  });
});
