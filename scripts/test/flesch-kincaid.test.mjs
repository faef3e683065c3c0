import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fleschKincaid } from '../lib/flesch-kincaid.mjs';

test('short, plain sentences score a low grade', () => {
  const { grade, words, sentences } = fleschKincaid(['The cat sat on the mat. It was warm.']);
  assert.equal(words, 9);
  assert.equal(sentences, 2);
  assert.ok(grade < 2, `grade ${grade}`);
});

test('long sentences of long words score above grade 8', () => {
  const { grade } = fleschKincaid([
    'Myofascial trigger point dry needling constitutes an invasive neuromusculoskeletal intervention necessitating comprehensive practitioner qualification.',
  ]);
  assert.ok(grade > 8, `grade ${grade}`);
});

test('each block counts as a sentence, even without a full stop', () => {
  assert.equal(fleschKincaid(['Neck pain', 'Low back pain']).sentences, 2);
});

test('numerals count one syllable per digit group', () => {
  const { words } = fleschKincaid(['In 7,629 treatments.']);
  assert.equal(words, 3);
});
