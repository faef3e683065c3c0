// Styles in both directions: the host's global CSS must not break the
// widgets, and the widgets must not change a single computed style of the
// host's own elements.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_TAGS, SNIPPET, openPage, renderedTexts, useHostileSetup } from '../lib/page-harness.mjs';

useHostileSetup();

// Rules seen on real clinic themes and CMS resets, at their most aggressive.
const HOSTILE_CSS = `<style>
  html { font-size: 62.5%; }
  body { color: #ff0; background: #000; font: italic 700 11px/3 "Comic Sans MS", cursive; letter-spacing: 3px;
         word-spacing: 9px; text-align: right; text-transform: uppercase; white-space: pre; text-indent: 40px; }
  * { box-sizing: content-box; margin: 3em; padding: 2em; border: 3px dotted #f0f; }
  h2, h3, h4 { font-size: 60px; text-decoration: underline; }
  p, li { color: red; }
  a { color: hotpink; text-decoration: none; }
  ul { list-style: none; }
  dn-guide, dn-side-effects, dn-vs-acupuncture { display: inline; font-size: 8px; }
</style>`;

// Host elements whose computed style must not change when the widgets arrive.
const HOST_MARKUP = `
  <header class="site"><h1>Riverside Physio</h1><nav><a href="#a">Home</a> <a href="#b">Team</a></nav></header>
  <main>
    <h2 id="title">Treatments</h2>
    <p class="lead">We offer <strong>manual therapy</strong>, <em>exercise</em> and <code>dry needling</code>.</p>
    <ul><li>Mon–Fri</li><li>Sat</li></ul>
    <table><tr><th>Service</th><td>45 min</td></tr></table>
    <details><summary>Prices</summary><p>Ask us.</p></details>
    <form><label>Name <input name="n"></label><button type="button">Book</button></form>
    <blockquote>Great care.</blockquote>
    <div id="widgets"></div>
  </main>
  <footer><small>© Clinic</small></footer>`;

describe('host CSS', () => {
  it('hostile global CSS leaves our text at its own size, colours, spacing and alignment', async () => {
    const body = `${HOSTILE_CSS}\n${SNIPPET}\n${ALL_TAGS.map((tag) => `<${tag}></${tag}>`).join('\n')}`;
    const view = await openPage(body);
    try {
      await renderedTexts(view.page);
      const styles = await view.page.evaluate((tags) => {
        const read = (el, ...names) => Object.fromEntries(names.map((name) => [name, getComputedStyle(el)[name]]));
        return tags.map((tag) => {
          const root = document.querySelector(tag).shadowRoot;
          const paragraph = root.querySelector('p') ?? root.querySelector('dn-explainer').shadowRoot.querySelector('p');
          return {
            tag,
            base: read(
              root.querySelector('.base'),
              'fontSize',
              'lineHeight',
              'fontStyle',
              'fontWeight',
              'letterSpacing',
              'wordSpacing',
              'textAlign',
              'textTransform',
              'whiteSpace',
              'textIndent',
              'color',
            ),
            paragraph: read(paragraph, 'color', 'marginInlineStart', 'paddingTop', 'borderTopStyle', 'boxSizing'),
            heading: read(root.querySelector('.heading'), 'fontSize', 'textDecorationLine', 'textTransform'),
          };
        });
      }, ALL_TAGS);
      for (const { tag, base, paragraph, heading } of styles) {
        assert.deepEqual(
          base,
          {
            fontSize: '16px',
            lineHeight: '24px',
            fontStyle: 'normal',
            fontWeight: '400',
            letterSpacing: 'normal',
            wordSpacing: '0px',
            textAlign: 'start',
            textTransform: 'none',
            whiteSpace: 'normal',
            textIndent: '0px',
            color: 'rgb(33, 43, 50)',
          },
          tag,
        );
        assert.deepEqual(
          paragraph,
          {
            color: 'rgb(33, 43, 50)',
            marginInlineStart: '0px',
            paddingTop: '0px',
            borderTopStyle: 'none',
            boxSizing: 'border-box',
          },
          tag,
        );
        assert.equal(heading.fontSize, '24px', tag);
        assert.equal(heading.textDecorationLine, 'none', tag);
        assert.equal(heading.textTransform, 'none', tag);
      }
      assert.deepEqual(view.log.errors, []);
    } finally {
      await view.close();
    }
  });

  it("loading the widgets changes no computed style of the host's own elements", async () => {
    // A page that scrolls either way, so the widgets' height cannot change the viewport width.
    const view = await openPage(`<style>html { overflow-y: scroll; } main { max-width: 40em; }</style>${HOST_MARKUP}`);
    try {
      const snapshot = () =>
        view.page.evaluate(() =>
          [...document.querySelectorAll('html, body, body *:not(#widgets, #widgets *, script)')].map((el) => {
            const style = getComputedStyle(el);
            const pseudo = getComputedStyle(el, '::before');
            return {
              el: el.localName + (el.id ? `#${el.id}` : ''),
              containsWidgets: el.contains(document.querySelector('#widgets')),
              style: Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)])),
              before: pseudo.content,
            };
          }),
        );
      const before = await snapshot();
      await view.page.evaluate(
        ({ src, integrity, tags }) => {
          const script = Object.assign(document.createElement('script'), {
            type: 'module',
            src,
            integrity,
            crossOrigin: 'anonymous',
          });
          document.head.append(script);
          document.querySelector('#widgets').innerHTML = tags.map((tag) => `<${tag}></${tag}>`).join('');
        },
        { src: SNIPPET.match(/src="([^"]+)"/)[1], integrity: SNIPPET.match(/integrity="([^"]+)"/)[1], tags: ALL_TAGS },
      );
      await renderedTexts(view.page);
      const after = await snapshot();
      assert.equal(after.length, before.length);
      // The elements holding the widgets grow taller, which their used height and centre-based origins report.
      const GROWS = new Set(['height', 'block-size', 'perspective-origin', 'transform-origin']);
      const changed = [];
      before.forEach((element, index) => {
        for (const [name, value] of Object.entries(element.style)) {
          if (element.containsWidgets && GROWS.has(name)) continue;
          if (after[index].style[name] !== value)
            changed.push(`${element.el} ${name}: ${value} → ${after[index].style[name]}`);
        }
      });
      assert.deepEqual(changed, []);
      assert.ok(Object.keys(before[0].style).length > 300, 'every computed property is compared');
      // No stylesheet was added to the document itself.
      assert.deepEqual(
        await view.page.evaluate(() => [document.styleSheets.length, document.adoptedStyleSheets.length]),
        [1, 0],
      );
    } finally {
      await view.close();
    }
  });
});
