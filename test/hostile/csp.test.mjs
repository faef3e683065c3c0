// Content-Security-Policy and Trusted Types: a clinic page may forbid inline
// code, eval and inline styles, and may enforce Trusted Types.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scriptTag } from '../../scripts/lib/embed-snippet.mjs';
import {
  ALL_TAGS,
  CDN_INTEGRITY,
  CDN_URL,
  HEADINGS,
  SNIPPET,
  STRICT_CSP,
  hostLitAppPath,
  elementWithFallback,
  openPage,
  renderedTexts,
  useHostileSetup,
} from '../lib/page-harness.mjs';
import { builtModules, cdnFiles } from '../lib/static-checks.mjs';

useHostileSetup();

const EVERY_ELEMENT = ALL_TAGS.map((tag) => elementWithFallback(tag, '')).join('\n');

/** Checks that each element shows its heading and our styles apply inside it. */
async function assertRenderedAndStyled(view) {
  const texts = await renderedTexts(view.page);
  for (const { tag, text } of texts) assert.ok(text.includes(HEADINGS[tag]), `${tag} shows "${HEADINGS[tag]}"`);
  const styles = await view.page.evaluate(() =>
    [...document.querySelectorAll('body > *')]
      .filter((el) => el.localName.startsWith('dn-'))
      .map((el) => {
        const base = getComputedStyle(el.shadowRoot.querySelector('.base'));
        return {
          tag: el.localName,
          display: getComputedStyle(el).display,
          color: base.color,
          padding: base.paddingTop,
        };
      }),
  );
  for (const style of styles) {
    assert.deepEqual(style, { tag: style.tag, display: 'block', color: 'rgb(33, 43, 50)', padding: '16px' });
  }
}

describe('strict Content-Security-Policy', () => {
  it(`renders and styles every element under "${STRICT_CSP}" with no violation`, async () => {
    const view = await openPage(`${SNIPPET}\n${EVERY_ELEMENT}`, { csp: STRICT_CSP });
    try {
      await assertRenderedAndStyled(view);
      assert.deepEqual(await view.violations(), []);
      assert.deepEqual(view.consoleErrors(), []);
      assert.deepEqual(view.log.errors, []);
    } finally {
      await view.close();
    }
  });

  it('loads a language file under the strict policy too', async () => {
    const view = await openPage(`${SNIPPET}\n<dn-side-effects></dn-side-effects>`, { csp: STRICT_CSP, lang: 'es' });
    try {
      const [{ text }] = await renderedTexts(view.page);
      assert.ok(text.includes('Efectos secundarios y riesgos'), text.slice(0, 80));
      assert.deepEqual(await view.violations(), []);
    } finally {
      await view.close();
    }
  });

  it('built code uses no eval or new Function, and our templates no inline styles or unsafe directives', () => {
    const everywhere = [
      [/\beval\s*\(/, 'eval('],
      [/\bnew\s+Function\s*\(/, 'new Function('],
      [/\b(?:setTimeout|setInterval)\s*\(\s*["'`]/, 'a timer with a string'],
    ];
    // Lit's own code mentions some of these names in error messages, so these are checked in our modules only.
    const inOurModules = [
      [/<style[\s>]/i, '<style> in a template'],
      [/\sstyle=["']?\$\{/, 'a style= attribute binding'],
      [/\b(?:styleMap|unsafeHTML|unsafeSVG|unsafeStatic|unsafeCSS)\b/, 'a directive that bypasses CSP or escaping'],
      [/\.innerHTML\s*=|insertAdjacentHTML|document\.write/, 'a raw HTML sink'],
    ];
    const ours = builtModules();
    const cdn = cdnFiles();
    assert.ok(ours.length > 20 && cdn.length > 10, `found ${ours.length} modules and ${cdn.length} CDN files`);
    const found = [];
    for (const [files, checks] of [
      [[...ours, ...cdn], everywhere],
      [ours, inOurModules],
    ]) {
      for (const file of files) {
        const code = readFileSync(file, 'utf8');
        for (const [pattern, what] of checks) if (pattern.test(code)) found.push(`${file}: ${what}`);
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('Trusted Types', () => {
  const REQUIRE = "require-trusted-types-for 'script'";

  it('renders every element with "trusted-types lit-html" alone, Lit\'s usual policy name', async () => {
    const view = await openPage(`${SNIPPET}\n${EVERY_ELEMENT}`, {
      csp: `${STRICT_CSP}; ${REQUIRE}; trusted-types lit-html`,
    });
    try {
      await assertRenderedAndStyled(view);
      // Our own name is asked for first and refused (the README's policy allows it); nothing else.
      assert.deepEqual(await view.violations(), ['trusted-types trusted-types-policy']);
      assert.deepEqual(view.log.errors, []);
    } finally {
      await view.close();
    }
  });

  it('renders beside another Lit copy that already took "lit-html", through the policy "dry-needling-widgets"', async () => {
    const host = await hostLitAppPath();
    const csp = `${STRICT_CSP}; ${REQUIRE}; trusted-types lit-html dry-needling-widgets`;
    const view = await openPage(
      `<script type="module" src="${host}"></script>\n<host-card></host-card>\n${SNIPPET}\n${EVERY_ELEMENT}`,
      {
        csp,
      },
    );
    try {
      await assertRenderedAndStyled(view);
      await view.page.click('host-card button');
      assert.equal(await view.page.textContent('host-card button'), 'Clicked 1 times');
      assert.deepEqual(view.log.errors, []);
      assert.deepEqual(view.warnings(), []);
      assert.deepEqual(await view.violations(), []);
    } finally {
      await view.close();
    }
  });

  it('loaded before a host Lit app, leaves "lit-html" to it: both work, nothing is logged', async () => {
    const host = await hostLitAppPath();
    const view = await openPage(
      `${SNIPPET}\n${EVERY_ELEMENT}\n<host-card></host-card>\n<script type="module" src="${host}"></script>`,
      { csp: `${STRICT_CSP}; ${REQUIRE}; trusted-types lit-html dry-needling-widgets` },
    );
    try {
      await assertRenderedAndStyled(view);
      await view.page.waitForFunction(() => document.querySelector('host-card')?.shadowRoot?.querySelector('button'));
      await view.page.click('host-card button');
      assert.equal(await view.page.textContent('host-card button'), 'Clicked 1 times');
      assert.deepEqual(await view.violations(), []);
      assert.deepEqual([...view.log.errors, ...view.consoleErrors()], []);
      assert.deepEqual(view.warnings(), []);
    } finally {
      await view.close();
    }
  });

  it('two copies of our file (?ver=) under the README policy: the first renders, nothing is logged but the copy warning', async () => {
    const view = await openPage(
      `${scriptTag(`${CDN_URL}?ver=1`, CDN_INTEGRITY)}\n${scriptTag(`${CDN_URL}?ver=2`, CDN_INTEGRITY)}\n${EVERY_ELEMENT}`,
      { csp: `${STRICT_CSP}; ${REQUIRE}; trusted-types lit-html dry-needling-widgets` },
    );
    try {
      await assertRenderedAndStyled(view);
      await view.page.waitForTimeout(200);
      assert.deepEqual(await view.violations(), []);
      assert.deepEqual([...view.log.errors, ...view.consoleErrors()], []);
    } finally {
      await view.close();
    }
  });

  for (const [name, trusted, withHostLit] of [
    ['allows none of our policy names', 'trusted-types some-other-policy', false],
    ['allows only "lit-html", already taken by another Lit copy', 'trusted-types lit-html', true],
  ]) {
    it(`keeps the fallback text and warns once, naming the directive, when the policy ${name}`, async () => {
      const host = withHostLit
        ? `<script type="module" src="${await hostLitAppPath()}"></script>\n<host-card></host-card>\n`
        : '';
      const view = await openPage(`${host}${SNIPPET}\n${EVERY_ELEMENT}`, {
        csp: `${STRICT_CSP}; ${REQUIRE}; ${trusted}`,
      });
      try {
        if (withHostLit)
          await view.page.waitForFunction(() =>
            document.querySelector('host-card')?.shadowRoot?.querySelector('button'),
          );
        await view.page.waitForFunction(() => window.__violations.length > 0);
        // The CDN file ran (it warned) but defined nothing, so the fallback paragraphs stay.
        await view.page.waitForTimeout(200);
        const state = await view.page.evaluate(() => ({
          defined: [...document.querySelectorAll('body > *')].filter(
            (el) => customElements.get(el.localName) && el.localName.startsWith('dn-'),
          ).length,
          fallbackVisible: [...document.querySelectorAll('dn-guide > p, dn-explainer > p')].every((p) =>
            p.checkVisibility(),
          ),
        }));
        assert.deepEqual(state, { defined: 0, fallbackVisible: true });
        const warnings = view.warnings();
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /trusted-types dry-needling-widgets lit-html/);
        assert.deepEqual(view.log.errors, []);
        if (withHostLit) {
          // The host's own Lit keeps working.
          await view.page.click('host-card button');
          assert.equal(await view.page.textContent('host-card button'), 'Clicked 1 times');
        }
      } finally {
        await view.close();
      }
    });
  }
});
