import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REMOVABLE_PARTS, SCENARIOS, pageA, pageB } from '../../bench/pages.mjs';
import { cdnEntry, hydrateEntry } from '../lib/embed-snippet.mjs';
import {
  markdownReport,
  medianIntervalRank,
  newResultsFile,
  pairedRatio,
  summarize,
  verdict,
} from '../../bench/report.mjs';

const load = (ms) => ({
  textReady: ms,
  fcp: ms,
  lcp: ms,
  mainThread: ms,
  cls: 0,
  bytes: 1000,
  requests: 1,
  heap: 1,
  shifts: 0,
  firstShift: null,
  lcpElement: 'p',
  shifted: [],
});

describe('bench page B and its report', () => {
  it("styles B by each element's own stylesheet, scoped to its box, :host becoming :scope", () => {
    const html = pageB(SCENARIOS['en-guide-ssr'], '<div class="dn-guide"><p>Hi</p></div>', {
      'dn-guide': ":host { display: block; }\n:host([theme='dark']) .base { color-scheme: dark; }",
    });
    assert.match(
      html,
      /@scope \(\.dn-guide\) \{\n:scope \{ display: block; \}\n:scope\[theme='dark'\] \.base \{ color-scheme: dark; \}\n\}/,
    );
    assert.doesNotMatch(html, /:host|<script/);
    assert.match(html, /<body>\n<div class="dn-guide"><p>Hi<\/p><\/div>/);
  });

  it('leaves out of page A exactly the parts --without names (needs a build)', () => {
    const parts = {
      importmap: /<script type="importmap">/,
      preload: /<link rel="modulepreload"/,
      scriptTag: /<script\s+type="module"\s+src=/,
      loader: /<script type="module">[^<]*\bimport\("\/dist\/cdn\/[^"]+\.hydrate\.min\.js"\)/,
      jsonLd: /<script type="application\/ld\+json"/,
    };
    const has = (html) => Object.fromEntries(Object.entries(parts).map(([name, re]) => [name, re.test(html)]));
    const only = (...names) => Object.fromEntries(Object.keys(parts).map((name) => [name, names.includes(name)]));

    // The script-tag page: the entry's script tag and its preloads.
    const script = SCENARIOS['en-guide'];
    const entry = cdnEntry();
    assert.deepEqual(has(pageA(script, entry)), only('importmap', 'preload', 'scriptTag'));
    assert.deepEqual(has(pageA(script, entry, ['preload'])), only('importmap', 'scriptTag'));
    assert.deepEqual(has(pageA(script, entry, ['importmap'])), only('preload', 'scriptTag'));

    // The server-rendered page: the inline loader, no preload.
    const scenario = SCENARIOS['en-guide-ssr'];
    const file = hydrateEntry();
    const full = pageA(scenario, file);
    assert.deepEqual(has(full), only('importmap', 'loader', 'jsonLd'));
    const tagged = pageA(scenario, file, ['inline-loader']);
    assert.deepEqual(has(tagged), only('importmap', 'scriptTag', 'jsonLd'));
    assert.ok(tagged.includes(`src="/dist/cdn/${file.entry}"\n  integrity="${file.integrity}"`));
    assert.deepEqual(has(pageA(scenario, file, ['scripts'])), only('jsonLd'));
    assert.deepEqual(has(pageA(scenario, file, ['json-ld'])), only('importmap', 'loader'));
    const bare = pageA(scenario, file, Object.keys(REMOVABLE_PARTS));
    assert.deepEqual(has(bare), only());
    // The snippet itself, shadow root and text, is untouched.
    const shadowRoot = (html) => html.slice(html.indexOf('<template'), html.indexOf('</template>'));
    assert.ok(shadowRoot(full).length > 10_000);
    assert.equal(shadowRoot(bare), shadowRoot(full));
  });

  it('gives the rank of a 95% confidence interval for a median (binomial order statistics)', () => {
    // The largest k with P(Bin(n, 1/2) ≤ k − 1) ≤ 0.025, worked out apart (Python's math.comb).
    assert.deepEqual([5, 6, 10, 20, 40, 60].map(medianIntervalRank), [0, 1, 2, 6, 14, 22]);
  });

  it('takes A/B as the median of per-pair ratios, so a slow spell slowing both loads of a pair cancels', () => {
    // Every pair: A 10% slower than B, while the machine's speed swings fourfold between pairs.
    const b = [100, 400, 120, 380, 110, 390, 105, 395, 115, 385];
    const ratio = pairedRatio(
      b.map((ms) => ms * 1.1),
      b,
    );
    assert.equal(ratio.value.toFixed(2), '1.10');
    assert.equal(ratio.low.toFixed(2), '1.10');
    assert.equal(ratio.high.toFixed(2), '1.10');
    assert.deepEqual(pairedRatio([110], [100]), { value: 1.1, low: null, high: null });
  });

  it('says met, missed or unsettled by where the confidence interval lies', () => {
    assert.equal(verdict({ value: 1.0, low: 0.95, high: 1.04 }, 1.05), 'met');
    assert.equal(verdict({ value: 1.2, low: 1.1, high: 1.3 }, 1.05), 'missed');
    assert.equal(verdict({ value: 1.03, low: 0.98, high: 1.09 }, 1.05), 'unsettled');
    assert.equal(verdict({ value: 1.0, low: null, high: null }, 1.05), 'unsettled');
  });

  it('reports each A/B with its interval and judges the targets on it', () => {
    const a = [500, 520, 480, 510, 490, 505, 495, 515, 485, 500];
    const summary = summarize('en-guide-ssr', SCENARIOS['en-guide-ssr'], {
      A: a.map(load),
      B: a.map((ms) => load(ms / 1.25)),
      paths: { A: '/a.html', B: '/b.html' },
    });
    const markdown = markdownReport({ title: 't', setup: [], summaries: [summary], method: [] });
    assert.match(markdown, /\| LCP \(ms\) \| 500 \(\d+–\d+\) \| 400 \(\d+–\d+\) \| 1\.25 \(1\.25–1\.25\) \|/);
    assert.match(
      markdown,
      /\| Main-thread time \(ms\) \| 500 \(\d+–\d+\) \| 400 \(\d+–\d+\) \| 1\.25 \(1\.25–1\.25\) \|/,
    );
    assert.match(
      markdown,
      /\| en-guide-ssr \| ❌ 1\.25 \(1\.25–1\.25\) \| ❌ 1\.25 \(1\.25–1\.25\) \| ✅ 0\/10 loads shifted \|/,
    );
  });

  it("names a run's results file so that it overwrites no earlier run of the day", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    try {
      const today = new Date().toISOString().slice(0, 10);
      assert.equal(newResultsFile('en-guide-ssr', dir), `${dir}/${today}-en-guide-ssr.md`);
      writeFileSync(`${dir}/${today}-en-guide-ssr.md`, 'first run');
      writeFileSync(`${dir}/${today}-en-guide-ssr-2.md`, 'second run');
      assert.equal(newResultsFile('en-guide-ssr', dir), `${dir}/${today}-en-guide-ssr-3.md`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
