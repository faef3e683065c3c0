import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snippetComposition } from '../lib/snippet-composition.mjs';

describe('snippetComposition', () => {
  it('counts text, markup, CSS and JSON-LD apart, summing to the whole in UTF-8 bytes', () => {
    const html =
      '<dn-guide lang="es"><template shadowrootmode="open"><style>p{color:red}</style><p part="x">Sí, ya</p>' +
      '</template><script type="application/ld+json">{"a":1}</script></dn-guide>';
    const parts = snippetComposition(html);
    assert.deepEqual(parts, {
      text: Buffer.byteLength('Sí, ya'),
      markup:
        '<dn-guide lang="es">'.length +
        '<template shadowrootmode="open">'.length +
        '<style></style><p part="x"></p></template>'.length +
        '<script type="application/ld+json"></script></dn-guide>'.length,
      css: 'p{color:red}'.length,
      jsonLd: '{"a":1}'.length,
      script: 0,
    });
    assert.equal(
      Object.values(parts).reduce((sum, n) => sum + n, 0),
      Buffer.byteLength(html),
    );
  });

  it('does not end a tag at a ">" inside a quoted attribute value, and counts other scripts apart', () => {
    assert.deepEqual(snippetComposition('<a title="1 > 0">go</a><script>x()</script>'), {
      text: 2,
      markup: '<a title="1 > 0"></a><script></script>'.length,
      css: 0,
      jsonLd: 0,
      script: 3,
    });
  });

  it('throws on a tag or a style that is never closed', () => {
    assert.throws(() => snippetComposition('<p class="a'), /Unclosed tag at offset 0/);
    assert.throws(() => snippetComposition('<style>p{}'), /<style> at offset 7 is never closed/);
  });
});
