// What a server-rendered snippet's bytes are made of, for `npm run size`: the
// size target of the guide's snippet is judged against what it must carry.

const bytes = (text) => Buffer.byteLength(text);

/**
 * Splits serialized HTML (as dist/ssr/ writes it: attribute values in double
 * quotes) into UTF-8 byte counts that sum to the whole:
 * - text: character data between tags, entities and whitespace included;
 * - markup: the tags with their attributes;
 * - css: the contents of `<style>` elements;
 * - jsonLd: the contents of `<script type="application/ld+json">` elements;
 * - script: the contents of any other `<script>` (a snippet has none).
 */
export function snippetComposition(html) {
  const parts = { text: 0, markup: 0, css: 0, jsonLd: 0, script: 0 };
  let at = 0;
  while (at < html.length) {
    if (html[at] !== '<') {
      const next = html.indexOf('<', at);
      const end = next === -1 ? html.length : next;
      parts.text += bytes(html.slice(at, end));
      at = end;
      continue;
    }
    // A `>` inside a quoted attribute value does not end the tag.
    let end = at + 1;
    for (let quoted = false; end < html.length && (quoted || html[end] !== '>'); end++) {
      if (html[end] === '"') quoted = !quoted;
    }
    if (end === html.length) throw new Error(`Unclosed tag at offset ${at}: ${html.slice(at, at + 40)}…`);
    const tag = html.slice(at, end + 1);
    parts.markup += bytes(tag);
    at = end + 1;
    const name = /^<(style|script)[\s>]/i.exec(tag)?.[1].toLowerCase();
    if (name) {
      const close = html.toLowerCase().indexOf(`</${name}`, at);
      if (close === -1) throw new Error(`<${name}> at offset ${at} is never closed`);
      const kind = name === 'style' ? 'css' : /\stype="application\/ld\+json"/i.test(tag) ? 'jsonLd' : 'script';
      parts[kind] += bytes(html.slice(at, close));
      at = close;
    }
  }
  return parts;
}
