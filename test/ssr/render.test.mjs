// The server-rendering API, the command line and the guide's structured data.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderToString } from '../../dist/server/render.js';

const cli = (...args) => spawnSync(process.execPath, ['dist/server/cli.js', ...args], { encoding: 'utf8' });
const jsonLd = (html) =>
  JSON.parse(html.match(/<script type="application\/ld\+json" data-dn-structured-data>([\s\S]*?)<\/script>/)[1]);

/** Every property name schema.org defines, read from schema-dts's type definitions. */
function schemaOrgProperties() {
  const types = readFileSync('node_modules/schema-dts/dist/schema.d.ts', 'utf8');
  return new Set([...types.matchAll(/^\s+"([a-zA-Z]+)"\?: SchemaValue</gm)].map((match) => match[1]));
}

describe('renderToString', () => {
  it('renders the element with its attributes and its shadow root as declarative shadow DOM', async () => {
    const html = await renderToString('dn-side-effects', {
      lang: 'es',
      headingLevel: 3,
      theme: 'dark',
      variant: 'compact',
    });
    assert.match(
      html,
      /^<dn-side-effects lang="es" heading-level="3" theme="dark" variant="compact"><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(html, /<h3 part="heading"[^>]*>Efectos secundarios y riesgos<\/h3>/);
    assert.match(html, /<\/template><\/dn-side-effects>$/);
    // No Lit hydration markers: the browser keeps the snippet without hydrating it.
    assert.doesNotMatch(html, /<!--|<\?lit/);
    // What it was rendered for, which the browser compares with what it would render (version first).
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.match(
      html,
      new RegExp(`<div part="base" class="base" lang="es"\\s+data-dn-for="${version.replaceAll('.', '\\.')}\\|es\\|`),
    );
  });

  it('rejects an unknown element with a clear error', async () => {
    await assert.rejects(
      renderToString('dn-everything'),
      /"dn-everything" is not an element of this library\. Elements: dn-explainer, /,
    );
  });

  it('falls back to English for an unsupported language, with a warning', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      const html = await renderToString('dn-session', { lang: 'xx-Klingon' });
      assert.match(html, /^<dn-session lang="en"/);
      assert.match(html, /What happens during a session\?/);
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
    // The element's own warning, once (the renderer and the element resolve the language the same way).
    assert.match(
      warnings[0],
      /lang="xx-Klingon" is not a language these elements support; showing English\. Supported: ar, de, en, /,
    );
  });

  it('renders the emergency number into the "Get help now" box, where the element has one', async () => {
    for (const tag of ['dn-aftercare', 'dn-guide']) {
      const html = await renderToString(tag, { emergencyNumber: '999' });
      assert.match(html, new RegExp(`^<${tag} lang="en" emergency-number="999"`));
      assert.match(html, /Call 999 now if you have:/);
    }
    const plain = await renderToString('dn-aftercare');
    assert.match(plain, /Call your local emergency number now if you have:/);
    assert.doesNotMatch(plain, /emergency-number/);

    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      const session = await renderToString('dn-session', { emergencyNumber: '112' });
      assert.doesNotMatch(session, /112/);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, [
      'dry-needling-widgets: emergencyNumber applies to dn-aftercare and dn-guide only; ignored for dn-session.',
    ]);
  });

  it('shows the unreviewed-translation line in Spanish, unless translationReviewed', async () => {
    assert.match(await renderToString('dn-session', { lang: 'es' }), /part="translation-notice"/);
    assert.doesNotMatch(
      await renderToString('dn-session', { lang: 'es', translationReviewed: true }),
      /part="translation-notice"/,
    );
    assert.doesNotMatch(await renderToString('dn-session'), /part="translation-notice"/);
  });

  it('escapes attribute values', async () => {
    const html = await renderToString('dn-explainer', { theme: '"><script>alert(1)</script>' });
    assert.ok(!html.includes('<script>alert(1)'), 'no injected script');
    assert.match(html, /theme="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });
});

describe('structured data of dn-guide', () => {
  it('is a schema.org MedicalWebPage about the MedicalTherapy, in the guide language, with every figure source cited', async () => {
    const data = jsonLd(await renderToString('dn-guide', { lang: 'es', lastReviewed: '2026-02-01' }));
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'MedicalWebPage');
    assert.equal(data.inLanguage, 'es');
    assert.equal(data.lastReviewed, '2026-02-01');
    assert.equal(data.name, 'Punción seca: una guía para pacientes');
    assert.deepEqual(data.medicalAudience, { '@type': 'Patient' });
    assert.equal(data.about['@type'], 'MedicalTherapy');
    assert.equal(data.about.name, 'Punción seca');
    // Sensation, soreness, bruises, bleeding: not the intended twitch.
    assert.equal(data.about.adverseOutcome.length, 4);
    assert.ok(data.about.adverseOutcome.every(({ name }) => !/contracción|espasmo|sacudida/i.test(name)));
    assert.deepEqual(
      data.about.seriousAdverseOutcome.map((outcome) => outcome['@type']),
      ['MedicalEntity', 'MedicalEntity', 'MedicalEntity'],
    );
    assert.match(data.about.seriousAdverseOutcome[2].name, /^Neumotórax/);
    // True contraindications only (lymphedema), not precautions such as medicines or fear of needles.
    assert.equal(data.about.contraindication.length, 1);
    assert.match(data.about.contraindication[0].name, /linfedema/i);
    assert.ok(data.about.contraindication.every((item) => item['@type'] === 'MedicalContraindication' && item.name));
    assert.equal(data.citation.length, new Set(data.citation.map((work) => work.name)).size);
    assert.ok(data.citation.length >= 13, `${data.citation.length} citations`);
    assert.ok(data.citation.every((work) => work['@type'] === 'CreativeWork' && work.name));
  });

  it('uses only properties that schema.org defines (and the compiler checks each one against its type)', async () => {
    const known = schemaOrgProperties();
    assert.ok(known.size > 1000, `${known.size} schema.org properties`);
    const used = new Set();
    const collect = (value) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (!key.startsWith('@')) used.add(key);
          collect(inner);
        }
      }
    };
    collect(jsonLd(await renderToString('dn-guide')));
    assert.deepEqual(
      [...used].filter((property) => !known.has(property)),
      [],
    );
    assert.ok(used.has('adverseOutcome') && used.has('seriousAdverseOutcome') && used.has('contraindication'));
  });

  it('follows the chosen sections, and can be left out', async () => {
    const all = jsonLd(await renderToString('dn-guide')).citation.length;
    const data = jsonLd(await renderToString('dn-guide', { sections: 'explainer' }));
    // The key points' and "Get help now" box's papers stay; those of the other sections go.
    assert.ok(data.citation.length < all, `${data.citation.length} of ${all}`);
    assert.ok(!data.citation.some((work) => work.name.startsWith('Zhou K')));
    assert.ok(!(await renderToString('dn-guide', { structuredData: false })).includes('application/ld+json'));
  });

  it('states the review date the guide shows; an invalid one falls back to the default, with one warning', async () => {
    const dated = await renderToString('dn-guide', { lastReviewed: '2025-05-06' });
    assert.equal(jsonLd(dated).lastReviewed, '2025-05-06');
    assert.match(dated, /<time datetime="2025-05-06">/);

    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    let html;
    try {
      html = await renderToString('dn-guide', { lastReviewed: 'not-a-date' });
    } finally {
      console.warn = warn;
    }
    const shown = html.match(/<time datetime="([\d-]+)">/)[1];
    assert.equal(jsonLd(html).lastReviewed, shown);
    assert.notEqual(shown, 'not-a-date');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /last-reviewed="not-a-date" is not a date in the form YYYY-MM-DD/);
  });

  it('cannot be closed early by its own text', async () => {
    const html = await renderToString('dn-guide');
    const json = html.match(/data-dn-structured-data>([\s\S]*?)<\/script>/)[1];
    assert.ok(!json.includes('<'), 'no "<" inside the JSON');
  });
});

describe('bad input on a server', () => {
  it('2,000 requests with distinct 50 KB bad values keep less than 5 MB (warnings are bounded copies)', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    const warn = console.warn;
    let printed = 0;
    let longest = 0;
    console.warn = (message) => {
      printed++;
      longest = Math.max(longest, message.length);
    };
    try {
      const bad = (i, kind) => `${kind}${i}-${'x'.repeat(50_000)}`;
      // Warm up: load the code and the language files first.
      await renderToString('dn-session', { lang: bad(-1, 'lang'), headingLevel: bad(-1, 'level') });
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 2000; i++) {
        await renderToString('dn-session', { lang: bad(i, 'lang'), headingLevel: bad(i, 'level'), theme: bad(i, 't') });
      }
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      assert.ok(grown < 5 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB`);
    } finally {
      console.warn = warn;
    }
    assert.ok(printed >= 2000, `${printed} warnings`);
    assert.ok(longest < 400, `the longest warning has ${longest} characters`);
  });

  it('prints no control characters from its input (no terminal escapes)', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      await renderToString('dn-session', { theme: 'dark\u001b[2J\u001b]0;owned\u0007\u202e' });
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
    assert.doesNotMatch(warnings[0], /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    await assert.rejects(renderToString('dn-\u001b[31mred'), (error) => !/\u001b/.test(error.message));
    const result = cli('render', 'dn-\u001b[2Jx', '--lang', 'es');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /"dn-\ufffd\[2Jx" is not an element/);
    assert.doesNotMatch(result.stderr, /\u001b/);
    const option = cli('render', 'dn-session', '--\u001b[2J');
    assert.equal(option.status, 2);
    assert.doesNotMatch(option.stderr, /\u001b/);
  });
});

describe('npx dry-needling-widgets', () => {
  it('render <tag> --lang --heading-level --theme prints the snippet', () => {
    const result = cli('render', 'dn-safety-notice', '--lang', 'de', '--heading-level', '4', '--theme', 'dark');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<dn-safety-notice lang="de" heading-level="4" theme="dark"/);
    assert.match(result.stdout, /<h4 part="heading"/);
  });

  it('render dn-aftercare --emergency-number 112 --translation-reviewed', () => {
    const result = cli('render', 'dn-aftercare', '--lang', 'de', '--emergency-number', '112', '--translation-reviewed');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<dn-aftercare lang="de" emergency-number="112" translation-reviewed/);
    assert.match(result.stdout, /112/);
    assert.doesNotMatch(result.stdout, /part="translation-notice"/);
  });

  it('render dn-guide --toc includes the table of contents and the structured data', () => {
    const html = execFileSync(process.execPath, ['dist/server/cli.js', 'render', 'dn-guide', '--toc'], {
      encoding: 'utf8',
    });
    assert.match(html, /<nav part="toc"/);
    assert.match(html, /application\/ld\+json/);
  });

  for (const [args, message] of [
    [['render', 'dn-nope'], /"dn-nope" is not an element of this library/],
    [['render'], /no tag given/],
    [['draw', 'dn-guide'], /unknown command "draw"/],
    [['render', 'dn-guide', '--colour', 'red'], /Unknown option '--colour'/],
  ]) {
    it(`${args.join(' ')}: exits with 2 and says why`, () => {
      const result = cli(...args);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage: dry-needling-widgets render <tag>/);
    });
  }

  it('--help and --version', () => {
    assert.match(cli('--help').stdout, /^Usage: dry-needling-widgets render <tag> \[options\]/);
    assert.equal(cli('--version').stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
