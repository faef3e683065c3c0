import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCENARIOS, pageC } from '../../bench/pages.mjs';
import { markdownReport, summarize } from '../../bench/report.mjs';

describe('bench page C and its report', () => {
  it("scopes each element's own stylesheet to its box, :host becoming :scope", () => {
    const html = pageC(SCENARIOS['en-guide-ssr'], '<div class="dn-guide"><p>Hi</p></div>', {
      'dn-guide': ":host { display: block; }\n:host([theme='dark']) .base { color-scheme: dark; }",
    });
    assert.match(
      html,
      /@scope \(\.dn-guide\) \{\n:scope \{ display: block; \}\n:scope\[theme='dark'\] \.base \{ color-scheme: dark; \}\n\}/,
    );
    assert.doesNotMatch(html, /:host/);
    assert.match(html, /<body>\n<div class="dn-guide"><p>Hi<\/p><\/div>/);
  });

  it('reports A/C beside A/B when page C was measured, and judges the targets on A/B', () => {
    const load = (lcp) => ({
      textReady: lcp,
      fcp: lcp,
      lcp,
      cls: 0,
      bytes: 1000,
      requests: 1,
      heap: 1,
      shifts: 0,
      firstShift: null,
      lcpElement: 'p',
      shifted: [],
    });
    const summary = summarize('en-guide-ssr', SCENARIOS['en-guide-ssr'], {
      A: [load(500)],
      B: [load(400)],
      C: [load(500)],
      paths: { A: '/a.html', B: '/b.html', C: '/c.html' },
    });
    const markdown = markdownReport({ title: 't', setup: [], summaries: [summary], method: [] });
    assert.match(
      markdown,
      /\| LCP \(ms\) \| 500 \(500–500\) \| 400 \(400–400\) \| 1\.25 \| 500 \(500–500\) \| 1\.00 \|/,
    );
    assert.match(markdown, /\| en-guide-ssr \| ❌ 1\.25 \|/);
  });
});
