// Flesch-Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
import { syllable } from 'syllable';

/**
 * Grade of a list of text blocks (paragraphs, list items, cells). Each block
 * ends a sentence even without a full stop, since list items often have none.
 */
export function fleschKincaid(blocks) {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    const parts = block.split(/(?<=[.!?])\s+/).filter((part) => /[\p{L}\p{N}]/u.test(part));
    sentences += parts.length;
    for (const word of block.match(/[\p{L}\p{N}][\p{L}\p{N}'’,.-]*/gu) ?? []) {
      words++;
      // Numerals ("7,629") are read aloud; count them as one syllable a digit group.
      syllables += /\p{N}/u.test(word) ? word.split(/[,.]/).length : Math.max(1, syllable(word));
    }
  }
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade, words, sentences };
}
