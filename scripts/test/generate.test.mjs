// The generated section lists and language files (npm run generate): in step
// with the registry and lit-localize's output, and a new section reaches every
// list. Needs a build (the manifest).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { applyGenerated, generatedFiles } from '../generate.mjs';
import { loadGuideTitle, loadSections, loadTextGroups } from '../lib/registry.mjs';

const read = (path) => readFileSync(path, 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const sections = await loadSections(manifest);
const guideTitle = await loadGuideTitle();
const textGroups = await loadTextGroups();

describe('generated files', () => {
  it('match the section registry (else run npm run generate)', () => {
    assert.deepEqual(
      applyGenerated(generatedFiles({ sections, manifest, guideTitle, textGroups }), read).map(({ path }) => path),
      [],
    );
  });

  it('all list a new section once it is in the registry', () => {
    const added = {
      name: 'exercises',
      tag: 'dn-exercises',
      className: 'DnExercises',
      folder: 'exercises',
      title: 'Exercises at home',
      summary: 'Simple exercises to do between sessions.',
      sources: [],
    };
    const events = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'dn-explainer').events;
    const withNew = {
      ...manifest,
      modules: [...manifest.modules, { path: 'x', declarations: [{ tagName: 'dn-exercises', events }] }],
    };
    const changed = applyGenerated(
      generatedFiles({ sections: [...sections, added], manifest: withNew, guideTitle, textGroups }),
      read,
    );
    const paths = changed.map(({ path }) => path);
    for (const path of [
      'src/index.ts',
      'src/react/index.ts',
      'integrations/wordpress/dry-needling-widgets/includes/sections.php',
      'integrations/wordpress/dry-needling-widgets/block/block.json',
      'integrations/wordpress/dry-needling-widgets/block/index.js',
      'integrations/wordpress/dry-needling-widgets/readme.txt',
    ]) {
      assert.ok(paths.includes(path), `${path} lists the new section`);
      assert.match(changed.find((file) => file.path === path).text, /exercises/, path);
    }
    const react = changed.find((file) => file.path === 'src/react/index.ts').text;
    assert.match(react, /export const DnExercises = wrap\('dn-exercises', DnExercisesElement, events\);/);
    assert.match(react, /onDnToggle: 'dn-toggle'/);
  });
});
