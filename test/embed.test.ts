// The iframe embed (dist/cdn/embed.html) as a site builder pastes it: the page
// in an iframe, served byte for byte, under its own strict Content-Security-Policy,
// and the optional resizer on the host page.
import { expect } from '@open-wc/testing';
import { HEIGHT_MESSAGE } from '../src/embed/messages.js';
import { ALL_TAGS, englishTitle } from './helpers.js';
import { type Frame, openFrame, readerText } from './lib/frames.js';

type DnElement = HTMLElement & { updateComplete: Promise<unknown>; locale: string };

interface Embed {
  frame: HTMLIFrameElement;
  document: Document;
  /** CSP violations, errors and console warnings since the page's first script (see EMBED_RECORDER). */
  log: string[];
  el: DnElement;
  heading: () => string;
}

// The recorded copy: the page with a recorder before its policy, every other file unchanged.
const RECORDED = '/test-fixtures/cdn-recorded/embed.html';
// Absolute: a srcdoc host page resolves nothing against its parent in every engine.
const PAGE = `${location.origin}/test-fixtures/cdn/embed.html`;
const ARABIC = /[\u0600-\u06ff]/;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Polls `read` until it gives a value; `what` says what was awaited (a function: its state at the timeout). */
async function until<T>(
  what: string | (() => string),
  read: () => T | null | undefined | false,
  timeout = 8000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > timeout)
      throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The element the embed page in `frame` renders, once rendered. Fails at once with the page's log
 * (when recorded) if the page throws first.
 */
async function rendered(frame: HTMLIFrameElement): Promise<DnElement> {
  const log = () => (frame.contentWindow as Window & { __log?: string[] }).__log ?? [];
  const el = await until('the element', () => {
    const errors = log().filter((line) => /^(error|rejection|csp): /.test(line));
    if (errors.length) throw new Error(`The embed page failed: ${errors.join('; ')}`);
    const first = frame.contentDocument?.body?.firstElementChild;
    return first?.localName.startsWith('dn-') && (first as DnElement);
  });
  await el.updateComplete;
  return el;
}

/** embed.html?`query` in an iframe of this page, once its element has rendered (in `lang`, when not English). */
async function openEmbed(query: string, { lang = 'en', width = 800 } = {}): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '600';
  frame.src = `${RECORDED}?${query}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const el = await rendered(frame);
  const heading = () => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
  if (lang !== 'en') await until(`text in ${lang}`, () => heading() !== englishTitle(el.localName));
  // Browsers report some violations in a task of their own, after the rendering they stopped.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const log = (frame.contentWindow as Window & { __log: string[] }).__log;
  return { frame, document: frame.contentDocument!, log, el, heading };
}

describe('embed.html', () => {
  for (const tag of ALL_TAGS) {
    for (const lang of ['en', 'ar']) {
      it(`renders <${tag}> in ${lang} under its strict policy, with no violation, error or warning`, async () => {
        const embed = await openEmbed(new URLSearchParams({ element: tag, lang }).toString(), { lang });
        expect(embed.el.localName).to.equal(tag);
        expect(embed.el.locale).to.equal(lang);
        expect(embed.document.documentElement.lang).to.equal(lang);
        if (lang === 'en') expect(embed.heading()).to.equal(englishTitle(tag));
        else expect(embed.heading()).to.match(ARABIC);
        expect(readerText(embed.el).length, 'its whole text').to.be.above(200);
        expect(embed.document.querySelector('.fallback'), 'the fallback text is gone').to.equal(null);
        expect(embed.log).to.deep.equal([]);
      });
    }
  }

  it('sets every valid parameter as the attribute of the same name', async () => {
    const embed = await openEmbed(
      'element=dn-guide&lang=es&theme=dark&variant=compact&heading-level=3&emergency-number=112&toc=1&sections=explainer,side-effects',
      { lang: 'es' },
    );
    const attributes = Object.fromEntries([...embed.el.attributes].map(({ name, value }) => [name, value]));
    expect(attributes).to.include({
      lang: 'es',
      theme: 'dark',
      variant: 'compact',
      'heading-level': '3',
      'emergency-number': '112',
      toc: '',
      sections: 'explainer,side-effects',
    });
    expect(embed.el.shadowRoot!.querySelector('h3[part~="heading"]')).to.exist;
    expect(embed.log).to.deep.equal([]);
  });

  // Each bad parameter alone: the defaults (the guide, in English), and one warning that names the parameter.
  const BAD = [
    ['element', 'dn-nope'],
    ['element', '<img src=x onerror=alert(1)>'],
    ['lang', 'xx'],
    ['lang', '"><script>alert(1)</script>'],
    ['theme', 'neon'],
    ['variant', 'huge'],
    ['heading-level', '9'],
    ['emergency-number', 'call-me'],
    ['toc', 'maybe'],
    ['sections', 'explainer,bogus'],
    ['transparent', 'yes'],
    ['colour', 'red'],
  ] as const;
  for (const [name, value] of BAD) {
    it(`falls back for ${name}=${value}, with exactly one warning`, async () => {
      const embed = await openEmbed(new URLSearchParams({ [name]: value }).toString());
      expect(embed.el.localName).to.equal('dn-guide');
      expect(embed.el.locale).to.equal('en');
      expect(embed.heading()).to.equal(englishTitle('dn-guide'));
      expect(embed.el.getAttribute(name), 'the bad value is not set').to.not.equal(value);
      expect(embed.log).to.have.length(1);
      expect(embed.log[0]).to.match(new RegExp(`^warn: dry-needling-widgets: embed\\.html: .*${name}`));
      expect([...embed.document.body.children], 'nothing but the element').to.deep.equal([embed.el]);
      expect(embed.document.querySelector('img')).to.equal(null);
    });
  }

  it('warns once for a parameter the chosen element does not have, and ignores it', async () => {
    const embed = await openEmbed('element=dn-explainer&toc=1&emergency-number=911');
    expect(embed.el.localName).to.equal('dn-explainer');
    expect(embed.el.hasAttribute('toc')).to.equal(false);
    expect(embed.log).to.have.length(2);
    expect(embed.log.join('\n'))
      .to.include('toc=1 is ignored: <dn-explainer> has no toc attribute')
      .and.to.include('emergency-number=911 is ignored');
  });

  it('gives each of several bad parameters its own single warning, and still renders', async () => {
    const query = new URLSearchParams(
      BAD.filter(([name]) => name !== 'element' && name !== 'lang').map(([n, v]) => [n, v]),
    );
    query.set('element', 'dn-nope');
    query.set('lang', 'xx');
    const embed = await openEmbed(query.toString());
    expect(embed.el.localName).to.equal('dn-guide');
    expect(embed.log).to.have.length([...new Set(query.keys())].length);
    for (const name of query.keys()) {
      expect(
        embed.log.filter((line) => line.includes(` ${name}=`) || line.includes(`"${name}"`)),
        name,
      ).to.have.length(1);
    }
  });

  it('paints the page in its theme, and nothing with transparent=1: the host page shows through', async () => {
    const transparent = 'rgba(0, 0, 0, 0)';
    const backgrounds = ({ document: doc, el }: Embed) =>
      [doc.documentElement, doc.body, el.shadowRoot!.querySelector('[part~="base"]')!].map(
        (node) => getComputedStyle(node).backgroundColor,
      );
    const plain = await openEmbed('element=dn-explainer');
    expect(backgrounds(plain)[0]).to.not.equal(transparent);
    expect(backgrounds(plain)[2]).to.not.equal(transparent);
    const dark = await openEmbed('element=dn-explainer&theme=dark');
    expect(getComputedStyle(dark.document.documentElement).colorScheme).to.equal('dark');
    const seeThrough = await openEmbed('element=dn-explainer&theme=dark&transparent=1');
    expect(backgrounds(seeThrough)).to.deep.equal([transparent, transparent, transparent]);
    expect(seeThrough.log).to.deep.equal([]);
  });
});

describe('embed-resizer.js', () => {
  let host: Frame | undefined;
  afterEach(() => host?.remove());

  const RESIZER = `<script src="${location.origin}/test-fixtures/cdn/embed-resizer.js"></script>`;
  const embedFrame = (id: string, element: string) =>
    `<iframe id="${id}" src="${PAGE}?element=${element}" width="500" height="100"></iframe>`;

  /** The content height of the embed page in `frame`, as the page measures it. */
  const contentHeight = (frame: HTMLIFrameElement) =>
    Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

  /** Waits until `frame` is exactly as tall as its content, which is taller than the 100 px it started at. */
  const fitted = (frame: HTMLIFrameElement) =>
    until(
      () => `${frame.id} (height ${frame.height}) to fit its content (${contentHeight(frame)} px)`,
      () => Number(frame.height) > 100 && frame.height === String(contentHeight(frame)),
    );

  it('sets each embed iframe to its own content height, and follows it when it changes', async () => {
    host = await openFrame(`${embedFrame('a', 'dn-explainer')}${embedFrame('b', 'dn-safety-notice')}${RESIZER}`, {
      width: 1100,
    });
    const [a, b] = ['a', 'b'].map((id) => host!.document.getElementById(id) as HTMLIFrameElement);
    await Promise.all([rendered(a), rendered(b)]);
    await Promise.all([fitted(a), fitted(b)]);
    expect(a.height).to.not.equal(b.height);
    const scroller = a.contentDocument!.scrollingElement!;
    expect(scroller.scrollHeight, 'nothing left to scroll').to.be.at.most(scroller.clientHeight);

    const full = Number(a.height);
    (await rendered(a)).setAttribute('variant', 'compact');
    await until('the compact height', () => Number(a.height) < full && a.height === String(contentHeight(a)));
    expect(host.window.__log).to.deep.equal([]);
  });

  it('asks frames that loaded before it for their height', async () => {
    // The host notes when a frame last posted, to add the resizer only once the frame has stopped.
    host = await openFrame(
      `<script>addEventListener('message', () => (window.__posted = Date.now()));</script>${embedFrame('a', 'dn-explainer')}`,
    );
    const a = host.document.getElementById('a') as HTMLIFrameElement;
    await rendered(a);
    const posted = () => (host!.window as Window & { __posted?: number }).__posted;
    await until('the frame to stop posting', () => posted() && Date.now() - posted()! > 300);
    expect(a.height).to.equal('100');
    const script = host.document.createElement('script');
    script.src = `${location.origin}/test-fixtures/cdn/embed-resizer.js`;
    host.document.body.append(script);
    await fitted(a);
  });

  it('ignores height messages from any window but an embed iframe on the page, and malformed ones', async () => {
    host = await openFrame(`${embedFrame('a', 'dn-explainer')}${RESIZER}`);
    const a = host.document.getElementById('a') as HTMLIFrameElement;
    await rendered(a);
    await fitted(a);
    const height = a.height;
    const valid = { type: HEIGHT_MESSAGE, height: 321 };
    const addFrame = async (set: (frame: HTMLIFrameElement) => void) => {
      const frame = host!.document.createElement('iframe');
      set(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      host!.document.body.append(frame);
      await loaded;
      return frame;
    };
    // Another frame on the page, which posts a valid message from its own window.
    const other = await addFrame((frame) => {
      frame.srcdoc = `<script>parent.postMessage(${JSON.stringify(valid)}, '*');</script>`;
    });
    // This window is no frame of the host page.
    host.window.postMessage(valid, '*');
    // A frame the resizer does take for an embed page (see the file), posting what it is sent.
    const echo = await addFrame((frame) => (frame.src = `${location.origin}/test/lib/fake-embed/embed.html`));
    const heights: string[] = [];
    new MutationObserver(() => heights.push(echo.height)).observe(echo, { attributeFilter: ['height'] });
    for (const message of [
      { type: HEIGHT_MESSAGE, height: '9' },
      { type: HEIGHT_MESSAGE, height: -1 },
      { type: HEIGHT_MESSAGE, height: Infinity },
      { type: HEIGHT_MESSAGE },
      { type: 'other', height: 9 },
      HEIGHT_MESSAGE,
      null,
      valid,
    ]) {
      echo.contentWindow!.postMessage(message, '*');
    }
    // The last one is applied, to the frame that sent it, after every malformed one before it was ignored.
    await until('the valid message', () => echo.height === '321');
    expect(heights).to.deep.equal(['321']);
    expect(a.height).to.equal(height);
    expect(other.hasAttribute('height')).to.equal(false);
    expect(host.window.__log).to.deep.equal([]);
  });
});
