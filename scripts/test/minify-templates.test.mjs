import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyHtml, minifyTemplateLiterals } from '../lib/minify-templates.mjs';

describe('template minification', () => {
  it('removes comments and spaces from CSS but keeps strings, descendant combinators and calc spaces', () => {
    const css = `
      /* why */
      :host([theme='dark']) .base {
        content: ' , { } ';
        margin: calc(1em + 2px) 0;
      }
      li + li { color: red; }
    `;
    assert.equal(
      minifyCss(css),
      ` :host([theme='dark']) .base{content:' , { } ';margin:calc(1em + 2px) 0}li + li{color:red}`,
    );
  });

  it('minifies past a comment that holds an apostrophe or a quote', () => {
    const css = `
      /* the reader's colours */
      a { color: red; }
      /* "quoted */
      b { content: 'x'; }
    `;
    assert.equal(minifyCss(css), ` a{color:red}b{content:'x'}`);
  });

  it('turns line breaks and indentation in markup into one space, and leaves other spaces', () => {
    assert.equal(minifyHtml('<b>\n  a  b\n</b>\n<a>x</a> <a>y</a>'), '<b> a  b </b> <a>x</a> <a>y</a>');
  });

  it('drops white space beside block-level tags, but not beside inline ones or tags that only start with the name', () => {
    assert.equal(
      minifyHtml(
        '<ul>\n  <li> <a href="#x">x</a> </li>\n</ul> <p part="r"> Sources <a>1</a> </p> <path d="M0"> <pre> <h3 class=',
      ),
      '<ul><li><a href="#x">x</a></li></ul><p part="r">Sources <a>1</a></p><path d="M0"> <pre><h3 class=',
    );
  });

  it('changes only the literal parts of css and html templates, never expressions or other strings', () => {
    const code =
      'const s = css`\n  a {\n    color: red;\n  }\n`;\nconst t = html`<b>\n  ${x ? "a\\n  b" : y}\n</b>`;\nconst u = `keep\n  this`;';
    assert.equal(
      minifyTemplateLiterals(code),
      'const s = css` a{color:red}`;\nconst t = html`<b> ${x ? "a\\n  b" : y} </b>`;\nconst u = `keep\n  this`;',
    );
  });
});
