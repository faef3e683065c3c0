import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { targetLocales } from '../src/generated/locale-codes.js';
import { ALL_TAGS, base, settled, textBlocks } from './helpers.js';

/**
 * Text blocks that may read the same as in English in a given language,
 * because the term is not translated there. Everything else must differ.
 */
const SAME_AS_ENGLISH: Partial<Record<string, readonly string[]>> = {};

async function render(tag: string, lang: string) {
  const el = await fixture(html`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
  await settled(el);
  return el;
}

for (const tag of ALL_TAGS) {
  describe(`<${tag}> in every language`, () => {
    let english: string[];

    before(async () => {
      english = textBlocks(await render(tag, 'en'));
    });

    for (const locale of targetLocales) {
      it(`${locale}: translated, with its lang and direction, and accessible`, async () => {
        const el = await render(tag, locale);
        expect(base(el).getAttribute('lang')).to.equal(locale);
        expect(getComputedStyle(base(el)).direction).to.equal(locale === 'ar' ? 'rtl' : 'ltr');

        const blocks = textBlocks(el);
        expect(blocks, 'same structure as English').to.have.length(english.length);
        const allowed = SAME_AS_ENGLISH[locale] ?? [];
        const untranslated = blocks.filter((text, i) => text === english[i] && !allowed.includes(text));
        expect(untranslated, 'text still in English').to.deep.equal([]);

        await expect(el).to.be.accessible();
      });
    }
  });
}
