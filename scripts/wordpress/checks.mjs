// The checks of scripts/test-wordpress.sh, against the running test site:
// pages in headless Chromium (with and without JavaScript), the settings form,
// the block editor, checks inside WordPress (site.php checks), php -l and the
// PHP logs. Prints one line per check and a summary; exits 1 on any failure.
/* global wp -- WordPress's editor API, used inside page.evaluate() callbacks. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/browser.mjs';
import { TAGS } from '../lib/tags.mjs';

const { WP_URL, WP_DIR, SITE_JSON, WP_ADMIN_PASSWORD, PHP_SERVER_LOG, PHP_CLI_LOG, WP_DEBUG_LOG_FILE } = process.env;
const PLUGIN_DIR = join(WP_DIR, 'wp-content/plugins/dry-needling-widgets');
const { posts } = JSON.parse(readFileSync(SITE_JSON, 'utf8'));
const integrity = JSON.parse(readFileSync(join(PLUGIN_DIR, 'assets/cdn/integrity.json'), 'utf8'));
const LIBRARY = integrity.hydrateEntry;
const CLINIC = {
  name: 'Riverside Physio & Co "Central"',
  tel: 'tel:+15550100',
  booking: 'https://riverside.example/book?from=site&lang=en',
};

const results = [];
const indent = (text) => text.replace(/^/gm, '      ');
async function check(name, run) {
  const started = Date.now();
  try {
    await run();
    results.push(true);
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL  ${name}\n${indent(String(error.message ?? error))}`);
  }
}

/** A prerendered snippet as shipped in the plugin, and its top heading's text. */
const snippet = (lang, tag) => readFileSync(join(PLUGIN_DIR, `assets/ssr/${lang}/${tag}.html`), 'utf8').trimEnd();
const heading = (lang, tag) =>
  snippet(lang, tag)
    .match(/<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/)[1]
    .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
    .trim();

// Everything a check needs to know about the widgets on a page, read in the page.
const DESCRIBE = (tags) =>
  [...document.querySelectorAll(tags.join(','))].map((el) => {
    const text = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : ['style', 'script', 'template'].includes(node.localName)
          ? ''
          : [...(node.shadowRoot ?? node).childNodes].map(text).join(' ');
    const top = el.shadowRoot?.querySelector('[part~="heading"]');
    const contact = el.querySelector(':scope > [slot="contact"]');
    return {
      tag: el.localName,
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      heading: top ? { level: top.localName, text: top.textContent.replace(/\s+/g, ' ').trim() } : null,
      text: text(el).replace(/\s+/g, ' ').trim(),
      contact: contact && {
        text: contact.textContent.replace(/\s+/g, ' ').trim(),
        links: [...contact.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        slot: contact.assignedSlot?.name ?? null,
        visible: contact.checkVisibility(),
      },
      fallbackVisible: [...el.children].some(
        (child) => child.localName === 'p' && !child.slot && child.checkVisibility(),
      ),
    };
  });

/**
 * Opens a URL in a new page of `context`, waits until every widget has rendered (with
 * JavaScript), and returns what the page showed, requested and logged.
 */
async function visit(context, url, { javaScript = true } = {}) {
  const page = await context.newPage();
  const externalBefore = context.external.length;
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
    const html = await response.text();
    if (javaScript) {
      await page.waitForFunction(
        (tags) =>
          [...document.querySelectorAll(tags.join(','))].every(
            (el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part~="heading"]'),
          ),
        TAGS,
        { timeout: 15_000 },
      );
      await page.evaluate(
        (tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete)),
        TAGS,
      );
    }
    const widgets = await page.evaluate(DESCRIBE, TAGS);
    const library = requests.filter((request) => new URL(request).pathname.endsWith(`/${LIBRARY}`));
    return { page, html, widgets, requests, library, problems, external: context.external.slice(externalBefore) };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** The language files (`es.about`, …) a page loaded from the plugin's copy of the CDN folder, sorted. */
const languageFiles = (view) =>
  view.requests
    .map((request) => new URL(request).pathname)
    .filter((path) => /\/assets\/cdn\/locales\/[\w-]+\.[a-z]+-[\w-]+\.min\.js$/.test(path))
    .map((path) => path.split('/').pop().split('-')[0])
    .sort();

/** The checks every front-end page with widgets passes. */
function assertSound(view) {
  assert.equal(view.library.length, 1, `library requested ${view.library.length} times`);
  // The hydration file imports the entry, and with it the core, once: one copy of the library.
  for (const file of [`/${integrity.entry}`, '/chunks/core-'])
    assert.equal(view.requests.filter((request) => request.includes(file)).length, 1, `${file} requested once`);
  assert.deepEqual(view.external, [], 'requests that left 127.0.0.1');
  assert.deepEqual(view.problems, [], 'console errors or warnings');
}

const defaults = (lang, tag) =>
  tag === 'dn-guide'
    ? { lang, toc: '', 'structured-data': '', theme: 'light', variant: 'full' }
    : { lang, theme: 'light', variant: 'full' };

const browser = await launchChromium();
// Front-end contexts record (and refuse) every request that would leave 127.0.0.1.
async function newContext(options = {}) {
  const context = await browser.newContext(options);
  context.external = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || !url.protocol.startsWith('http')) return route.continue();
    context.external.push(url.href);
    return route.abort();
  });
  return context;
}

try {
  await check('php -l: every PHP file of the installed plugin', () => {
    const files = readdirSync(PLUGIN_DIR, { recursive: true }).filter((file) => file.endsWith('.php'));
    assert.ok(files.length >= 8, `only ${files.length} PHP files`);
    for (const file of files) execFileSync('php', ['-l', join(PLUGIN_DIR, file)], { stdio: 'pipe' });
  });

  const js = await newContext();

  await check('every section renders its heading and text; snippets are printed verbatim', async () => {
    const view = await visit(js, posts.sections.url);
    try {
      const sections = TAGS.slice(0, -1);
      const order = ['dn-guide', ...sections];
      assert.deepEqual(
        view.widgets.map((widget) => widget.tag),
        order,
      );
      for (const widget of view.widgets) {
        assert.deepEqual(widget.heading, { level: 'h2', text: heading('en', widget.tag) }, widget.tag);
        assert.ok(widget.text.length > 500, `${widget.tag}: ${widget.text.slice(0, 80)}`);
        assert.ok(
          view.html.includes(snippet('en', widget.tag).slice(0, -`</${widget.tag}>`.length)),
          `${widget.tag}: snippet not verbatim`,
        );
        assert.deepEqual(widget.attributes, defaults('en', widget.tag));
      }
      assertSound(view);
    } finally {
      await view.page.close();
    }
  });

  await check('the library loads once, as a module from the site, with its integrity hash', async () => {
    const view = await visit(js, posts.sections.url);
    try {
      const scripts = await view.page.evaluate(
        (name) =>
          [...document.querySelectorAll('script[src]')]
            .filter((script) => script.src.includes(name))
            .map((script) => ({
              src: new URL(script.src).pathname,
              type: script.type,
              integrity: script.integrity,
              crossorigin: script.getAttribute('crossorigin'),
            })),
        LIBRARY,
      );
      assert.deepEqual(scripts, [
        {
          src: `/wp-content/plugins/dry-needling-widgets/assets/cdn/${LIBRARY}`,
          type: 'module',
          integrity: integrity.files[LIBRARY].integrity,
          crossorigin: 'anonymous',
        },
      ]);
    } finally {
      await view.page.close();
    }
  });

  await check(
    "the clinic's name, phone and booking link fill the contact slot (guide, safety notice, aftercare)",
    async () => {
      const view = await visit(js, posts.sections.url);
      try {
        for (const widget of view.widgets) {
          if (['dn-guide', 'dn-safety-notice', 'dn-aftercare'].includes(widget.tag)) {
            assert.deepEqual(
              widget.contact,
              {
                text: `${CLINIC.name} · +1 555-0100 · Book an appointment`,
                links: [CLINIC.tel, CLINIC.booking],
                slot: 'contact',
                visible: true,
              },
              widget.tag,
            );
          } else {
            assert.equal(widget.contact, null, widget.tag);
          }
        }
        assert.ok(
          view.html.includes('Riverside Physio &amp; Co &quot;Central&quot;'),
          'the name is escaped in the HTML',
        );
      } finally {
        await view.page.close();
      }
    },
  );

  await check(
    'Spanish: lang="es" and lang="es-MX" show the Spanish snippets, kept as printed (no language file loaded)',
    async () => {
      const view = await visit(js, posts.spanish.url);
      try {
        assert.deepEqual(
          view.widgets.map((widget) => [widget.tag, widget.attributes.lang, widget.heading.text]),
          [
            ['dn-side-effects', 'es', 'Efectos secundarios y riesgos'],
            ['dn-safety-notice', 'es', heading('es', 'dn-safety-notice')],
          ],
        );
        assert.deepEqual(languageFiles(view), []);
        assertSound(view);
      } finally {
        await view.page.close();
      }
    },
  );

  await check('other options print the plain element with those attributes, rendered by the script', async () => {
    const view = await visit(js, posts.options.url);
    try {
      const [sideEffects, guide] = view.widgets;
      assert.deepEqual(sideEffects.attributes, { lang: 'en', 'heading-level': '3', theme: 'dark', variant: 'compact' });
      assert.deepEqual(sideEffects.heading, { level: 'h3', text: 'Side effects and risks' });
      assert.deepEqual(guide.attributes, {
        lang: 'es',
        'heading-level': '4',
        theme: 'light',
        variant: 'full',
        collapsible: '',
        'structured-data': '',
      });
      assert.deepEqual(guide.heading, { level: 'h4', text: heading('es', 'dn-guide') });
      // The script renders the Spanish guide: it loads the Spanish file of each group it shows from the site.
      assert.deepEqual(languageFiles(view), ['es.about', 'es.safety']);
      assert.ok(!view.html.includes('<template'), 'no snippet for non-default options');
      assert.equal(sideEffects.fallbackVisible || guide.fallbackVisible, false, 'fallback hidden once rendered');
      assertSound(view);
    } finally {
      await view.page.close();
    }
  });

  await check('unknown values fall back to the defaults (guide, site language, level 2, light, full)', async () => {
    const view = await visit(js, posts.bad.url);
    try {
      assert.deepEqual(
        view.widgets.map((widget) => [widget.tag, widget.attributes, widget.heading]),
        [
          ['dn-guide', defaults('en', 'dn-guide'), { level: 'h2', text: heading('en', 'dn-guide') }],
          ['dn-side-effects', defaults('en', 'dn-side-effects'), { level: 'h2', text: 'Side effects and risks' }],
        ],
      );
      assertSound(view);
    } finally {
      await view.page.close();
    }
  });

  // Twice: as WordPress serves it (smart quotes mangle such attributes on the way), and on a
  // site without smart quotes, where the values reach the shortcode intact.
  for (const [how, query] of [
    ['as served', ''],
    ['intact', '&dnwidgets_test_no_texturize=1'],
  ]) {
    await check(`markup in shortcode attributes is never printed or run (${how})`, async () => {
      const view = await visit(js, `${posts.xss.url}${query}`);
      try {
        assert.ok(!view.html.includes('__dnwXss'), 'payload in the HTML');
        const injected = await view.page.evaluate(() => ({
          flag: typeof window.__dnwXss,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          imagesOrSvg: document.querySelectorAll('.wp-block-post-content img, .wp-block-post-content svg').length,
        }));
        assert.deepEqual(injected, { flag: 'undefined', handlers: 0, imagesOrSvg: 0 });
        assert.deepEqual(
          view.widgets.map((widget) => [widget.tag, widget.attributes]),
          [['dn-guide', defaults('en', 'dn-guide')]],
        );
        assertSound(view);
      } finally {
        await view.page.close();
      }
    });
  }

  await check('two widgets and a theme enqueuing the library again: one script tag, one request', async () => {
    const view = await visit(js, `${posts.twice.url}&dnwidgets_test_enqueue=1`);
    try {
      assert.deepEqual(
        view.widgets.map((widget) => widget.heading.text),
        ['Side effects and risks', 'What is it used for?'],
      );
      assert.equal(view.html.split(`/${LIBRARY}`).length - 1, 1, 'script tags with the library');
      assertSound(view);
    } finally {
      await view.page.close();
    }
  });

  await check('a page without widgets does not load the library', async () => {
    const view = await visit(js, posts.plain.url);
    try {
      assert.deepEqual(view.widgets, []);
      assert.deepEqual(view.library, []);
      assert.deepEqual(view.external, []);
    } finally {
      await view.page.close();
    }
  });

  await check('the block renders like the shortcode; invalid block attributes fall back', async () => {
    const view = await visit(js, posts.block.url);
    try {
      assert.deepEqual(
        view.widgets.map((widget) => [widget.tag, widget.attributes.lang, widget.heading.level, widget.heading.text]),
        [
          ['dn-conditions', 'en', 'h2', 'What is it used for?'],
          ['dn-safety-notice', 'es', 'h3', heading('es', 'dn-safety-notice')],
          ['dn-side-effects', 'en', 'h2', 'Side effects and risks'],
        ],
      );
      assert.ok(
        view.html.includes(snippet('en', 'dn-conditions').slice(0, -'</dn-conditions>'.length)),
        'snippet not verbatim',
      );
      assert.equal(view.html.split('class="wp-block-dry-needling-widgets-widget"').length - 1, 3, 'block wrappers');
      assert.ok(!view.html.includes('__dnwXss'), 'payload in the HTML');
      assertSound(view);
    } finally {
      await view.page.close();
    }
  });

  await check('the site language, WPML and Polylang choose the language (pt_BR, zh-hant, de_DE)', async () => {
    for (const [query, lang] of [
      ['dnwidgets_test_locale=pt_BR', 'pt'],
      ['dnwidgets_test_locale=zh_TW', 'zh-Hant'],
      ['dnwidgets_test_wpml=zh-hans', 'zh-Hans'],
      ['dnwidgets_test_pll=de_DE', 'de'],
    ]) {
      const html = await (await fetch(`${posts.language.url}&${query}`)).text();
      assert.ok(
        html.includes(snippet(lang, 'dn-side-effects').slice(0, -'</dn-side-effects>'.length)),
        `${query}: no ${lang} snippet`,
      );
    }
  });

  const noJs = await newContext({ javaScriptEnabled: false });

  await check(
    "without JavaScript: every section's text shows (declarative shadow DOM), with the contact slot",
    async () => {
      const view = await visit(noJs, posts.sections.url, { javaScript: false });
      try {
        for (const widget of view.widgets) {
          assert.deepEqual(widget.heading, { level: 'h2', text: heading('en', widget.tag) }, widget.tag);
          assert.ok(widget.text.length > 500, widget.tag);
        }
        assert.equal(view.widgets.length, TAGS.length);
        const notice = view.widgets.find((widget) => widget.tag === 'dn-safety-notice');
        assert.deepEqual([notice.contact.slot, notice.contact.visible], ['contact', true]);
        assert.deepEqual(view.library, [], 'no script runs');
      } finally {
        await view.page.close();
      }
    },
  );

  await check('without JavaScript: Spanish text, and the fallback paragraph for non-default options', async () => {
    const spanish = await visit(noJs, posts.spanish.url, { javaScript: false });
    const options = await visit(noJs, posts.options.url, { javaScript: false });
    try {
      assert.equal(spanish.widgets[0].heading.text, 'Efectos secundarios y riesgos');
      assert.deepEqual(
        options.widgets.map((widget) => widget.fallbackVisible),
        [true, true],
      );
      assert.match(options.widgets[0].text, /^Patient information about dry needling\./);
    } finally {
      await spanish.page.close();
      await options.page.close();
    }
  });

  const admin = await newContext();
  const logIn = async (context, user) => {
    const page = await context.newPage();
    await page.goto(`${WP_URL}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', WP_ADMIN_PASSWORD);
    await Promise.all([page.waitForURL('**/wp-admin/**'), page.click('#wp-submit')]);
    return page;
  };
  const settingsUrl = `${WP_URL}/wp-admin/options-general.php?page=dry-needling-widgets`;

  await check('block editor: the block is registered, its preview renders, the sidebar changes it', async () => {
    const page = await logIn(admin, 'admin');
    try {
      await page.goto(`${WP_URL}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('dry-needling-widgets/widget'), null, {
        timeout: 30_000,
      });
      // WordPress 6.3+ shows apiVersion 3 blocks in an iframed canvas; 6.1 in the page itself.
      await page.waitForFunction(() => document.querySelector('iframe[name="editor-canvas"], .editor-styles-wrapper'));
      const canvas = page.frame({ name: 'editor-canvas' }) ?? page.mainFrame();
      const preview = (tag) =>
        canvas.waitForFunction(
          (name) =>
            document
              .querySelector(`.wp-block-dry-needling-widgets-widget ${name}`)
              ?.shadowRoot?.querySelector('[part~="heading"]')?.textContent,
          tag,
          { timeout: 30_000 },
        );
      assert.equal(await (await preview('dn-conditions')).jsonValue(), 'What is it used for?');
      await page.evaluate(() => {
        wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false);
        const [first] = wp.data.select('core/block-editor').getBlocks();
        wp.data.dispatch('core/block-editor').selectBlock(first.clientId);
        wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      await page.getByLabel('Section').selectOption('side-effects');
      await page.getByLabel('Heading level').selectOption('4');
      await canvas.waitForFunction(
        () =>
          document
            .querySelector('.wp-block-dry-needling-widgets-widget dn-side-effects')
            ?.shadowRoot?.querySelector('h4'),
        null,
        { timeout: 30_000 },
      );
      const attributes = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes);
      assert.equal(attributes.section, 'side-effects');
      assert.equal(attributes.headingLevel, 4);
    } finally {
      await page.close();
    }
  });

  await check('settings form: saves through options.php with its nonce; values are sanitized and used', async () => {
    const page = await admin.newPage();
    try {
      await page.goto(settingsUrl);
      assert.equal(await page.inputValue('#dnwidgets_clinic_name'), CLINIC.name);
      await page.selectOption('#dnwidgets_language', 'de');
      await page.fill('#dnwidgets_clinic_name', 'Lakeside <b>Clinic</b>');
      await page.fill('#dnwidgets_clinic_phone', '+44 20 7946 0000');
      await page.fill('#dnwidgets_booking_url', 'https://lakeside.example/book');
      await page.fill('#dnwidgets_emergency_number', '112');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('settings-updated') === 'true'),
        page.click('#submit'),
      ]);
      assert.ok(await page.getByText('Settings saved.').isVisible());
      assert.equal(await page.inputValue('#dnwidgets_clinic_name'), 'Lakeside Clinic');
      const html = await (await fetch(posts.sections.url)).text();
      assert.match(html, /<dn-guide lang="de"[^>]* toc/, 'the guide follows the new default language');
      assert.ok(
        html.includes(
          '<strong>Lakeside Clinic</strong> · <a href="tel:+442079460000">+44 20 7946 0000</a> · <a href="https://lakeside.example/book">',
        ),
        'the new contact details',
      );
      // The "Get help now" advice names the emergency number, rendered by the script (no snippet says it).
      assert.ok(
        html.includes('<dn-aftercare lang="de" heading-level="2" theme="light" variant="full" emergency-number="112">'),
      );
      assert.ok(html.includes('emergency-number="112"><p lang='), 'the guide has it too');
      assert.equal(html.match(/emergency-number=/g).length, 2, 'only the elements with the advice');
      await page.fill('#dnwidgets_emergency_number', 'call 911');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('settings-updated') === 'true'),
        page.click('#submit'),
      ]);
      assert.equal(await page.inputValue('#dnwidgets_emergency_number'), '', 'not a number: dropped');
    } finally {
      await page.close();
    }
  });

  await check('settings form: a post without the nonce, or by an editor, changes nothing', async () => {
    const page = await admin.newPage();
    const editorContext = await browser.newContext();
    try {
      await page.goto(settingsUrl);
      const forged = await page.evaluate(async (url) => {
        const body = new URLSearchParams({
          option_page: 'dnwidgets',
          action: 'update',
          'dnwidgets_settings[clinic_name]': 'Forged',
        });
        return (await fetch(url, { method: 'POST', body })).status;
      }, `${WP_URL}/wp-admin/options.php`);
      assert.equal(forged, 403);
      const editor = await logIn(editorContext, 'editor');
      const response = await editor.goto(settingsUrl);
      assert.equal(response.status(), 403);
      const html = await (await fetch(posts.sections.url)).text();
      assert.ok(html.includes('Lakeside Clinic') && !html.includes('Forged'));
    } finally {
      await page.close();
      await editorContext.close();
    }
  });
} finally {
  await browser.close();
}

await check('inside WordPress: language mapping, sanitizing, allow-lists, uninstall', () => {
  const output = execFileSync('php', ['scripts/wordpress/site.php', 'checks'], { encoding: 'utf8' });
  const failed = JSON.parse(output).filter((result) => !result.ok);
  assert.deepEqual(failed, []);
});

// WordPress 6.1 itself is not clean on PHP 8.2: its own deprecations (core files, not a
// deprecated function called by a plugin) are counted, not failed.
await check('no PHP error, warning, notice or deprecation from the plugin in any log', () => {
  const lines = [PHP_SERVER_LOG, PHP_CLI_LOG, WP_DEBUG_LOG_FILE]
    .flatMap((file) => {
      try {
        return readFileSync(file, 'utf8').split('\n');
      } catch {
        return [];
      }
    })
    .filter((line) =>
      /PHP (Warning|Notice|Deprecated|Fatal error|Parse error|Error)|(Warning|Notice|Deprecated|Fatal error):/i.test(
        line,
      ),
    );
  const core = (line) =>
    /PHP Deprecated:/.test(line) &&
    /\/wordpress\/wp-(includes|admin)\/[\w/.-]+\.php on line \d+$/.test(line) &&
    !/deprecated<\/strong> since|dry-needling-widgets/.test(line);
  const ours = lines.filter((line) => !core(line));
  console.log(`      (${lines.length - ours.length} deprecations from WordPress core ignored)`);
  assert.deepEqual(ours, []);
});

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`\nWordPress plugin: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
