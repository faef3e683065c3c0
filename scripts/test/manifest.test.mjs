// Checks the generated Custom Elements Manifest and editor data (run after `npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TAGS } from '../lib/tags.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);
const names = (list = []) => list.map((item) => item.name);

test(`the manifest lists all ${TAGS.length} elements, each with a summary and a description`, () => {
  assert.deepEqual([...elements.keys()].sort(), [...TAGS].sort());
  for (const tag of TAGS) {
    assert.ok(elements.get(tag).summary, `${tag} has a summary`);
    // The prose of its Storybook docs page and of editor hovers.
    assert.ok(elements.get(tag).description, `${tag} has a description`);
  }
});

test('attribute defaults are values, not the names of the constants they come from', () => {
  for (const tag of TAGS) {
    for (const attribute of elements.get(tag).attributes) {
      assert.doesNotMatch(attribute.default ?? '', /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/, `${tag} ${attribute.name}`);
    }
  }
  const defaultOf = (name) => elements.get('dn-guide').attributes.find((attribute) => attribute.name === name).default;
  assert.equal(defaultOf('heading-level'), '2');
  assert.match(defaultOf('last-reviewed'), /^'\d{4}-\d{2}-\d{2}'$/);
});

test('every element documents its attributes, slot, parts, CSS properties and event', () => {
  for (const tag of TAGS) {
    const element = elements.get(tag);
    for (const attribute of ['heading-level', 'last-reviewed', 'lang', 'dir']) {
      const documented = element.attributes.find((a) => a.name === attribute);
      assert.ok(documented?.description, `${tag} documents ${attribute}`);
    }
    assert.ok(names(element.slots).includes('footer'), `${tag} slot footer`);
    for (const part of ['base', 'heading', 'body', 'sources', 'reviewed', 'footer']) {
      assert.ok(names(element.cssParts).includes(part), `${tag} part ${part}`);
    }
    assert.ok(names(element.cssProperties).includes('--dn-color-text'), `${tag} --dn-color-text`);
    assert.ok(names(element.events).includes('dn-locale-error'), `${tag} event dn-locale-error`);
  }
  assert.ok(names(elements.get('dn-guide').attributes).includes('toc'));
});

test('every element has a custom-element definition export', () => {
  const defined = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
  );
  assert.deepEqual(names(defined).sort(), [...TAGS].sort());
});

test('the VS Code HTML data offers every tag with its attributes', () => {
  const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  assert.deepEqual(names(data.tags).sort(), [...TAGS].sort());
  for (const tag of data.tags) assert.ok(names(tag.attributes).includes('heading-level'), tag.name);
});
