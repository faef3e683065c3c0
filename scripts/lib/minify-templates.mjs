// Minifies the static text of Lit's `css` and `html` tagged templates, which
// terser leaves untouched: about a tenth of the CDN file was indentation,
// comments and spaces in CSS and markup. Only the templates' literal parts
// change, never their expressions, so Lit sees the same bindings in the same
// places.
import { parseAst } from 'rollup/parseAst';

/** Minifies CSS text: comments, runs of white space, spaces around punctuation, last semicolons. Quoted strings are kept. */
export function minifyCss(text) {
  const minifyCode = (code) =>
    code
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  let out = '';
  let code = '';
  // Comments are matched first, so an apostrophe in a comment does not open a string.
  for (const part of text.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)) {
    if (part.startsWith('/*')) continue;
    if (part.startsWith('"') || part.startsWith("'")) {
      out += minifyCode(code) + part;
      code = '';
    } else {
      code += part;
    }
  }
  return out + minifyCode(code);
}

// Tags of elements that the stylesheets leave block-level (or table parts): a line
// box never runs across them, so white space beside them is never shown. Before a
// tag its name is enough; after one, its `>` must be in the same literal.
const BLOCK_TAG_NAME = String.raw`</?(?:caption|details|div|h[1-6]|li|nav|ol|p|section|summary|t(?:able|body|d|h|head|r)|ul)\b`;
const SPACE_BEFORE_BLOCK_TAG = new RegExp(String.raw`\s+(?=${BLOCK_TAG_NAME})`, 'g');
const SPACE_AFTER_BLOCK_TAG = new RegExp(String.raw`(${BLOCK_TAG_NAME}[^<>]*>)\s+`, 'g');

/**
 * Minifies markup text: a run of white space that holds a line break becomes
 * one space, and white space beside a block-level tag goes. Browsers collapse
 * such runs to one space and drop it at the start and end of a line anyway (the
 * elements use `white-space: normal` and contain no `<pre>`), so the rendering
 * is unchanged. Spaces between inline content (`</a> <a>`) stay.
 */
export function minifyHtml(text) {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(SPACE_BEFORE_BLOCK_TAG, '')
    .replace(SPACE_AFTER_BLOCK_TAG, '$1');
}

const MINIFIERS = { css: minifyCss, html: minifyHtml, staticHtml: minifyHtml };

/** Returns `code` with the literal parts of its `css`/`html` tagged templates minified. */
export function minifyTemplateLiterals(code) {
  if (!/\b(?:css|html|staticHtml)\s*`/.test(code)) return code;
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && MINIFIERS[node.tag.name]) {
      for (const quasi of node.quasi.quasis) {
        const raw = code.slice(quasi.start, quasi.end);
        const minified = MINIFIERS[node.tag.name](raw);
        if (minified !== raw) edits.push({ start: quasi.start, end: quasi.end, text: minified });
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}
