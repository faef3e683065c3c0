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
    assert.equal(minifyHtml('<p>\n  a  b\n</p>\n<a>x</a> <a>y</a>'), '<p> a  b </p> <a>x</a> <a>y</a>');
  });

  it('changes only the literal parts of css and html templates, never expressions or other strings', () => {
    const code =
      'const s = css`\n  a {\n    color: red;\n  }\n`;\nconst t = html`<p>\n  ${x ? "a\\n  b" : y}\n</p>`;\nconst u = `keep\n  this`;';
    assert.equal(
      minifyTemplateLiterals(code),
      'const s = css` a{color:red}`;\nconst t = html`<p> ${x ? "a\\n  b" : y} </p>`;\nconst u = `keep\n  this`;',
    );
  });
});
