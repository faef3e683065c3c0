// The ready-made themes only set the elements' design tokens, nothing else.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const documented = new Set(
  manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name))),
);

for (const file of readdirSync('themes').filter((name) => name.endsWith('.css'))) {
  test(`themes/${file} sets documented --dn-* tokens on :root only`, () => {
    const css = readFileSync(`themes/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)];
    assert.deepEqual(
      rules.map(([, selector]) => selector.trim()),
      [':root'],
    );
    const declarations = rules[0][2]
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    assert.ok(declarations.length >= 5);
    for (const declaration of declarations) {
      const name = declaration.split(':')[0].trim();
      assert.ok(documented.has(name), `${name} is a documented token`);
    }
  });
}
