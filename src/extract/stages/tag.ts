import { tokenize } from '../nlp.js';
import type { Stage } from '../stage.js';

/** Sentences → tokens with POS tags and sentence-relative offsets. */
export const tag: Stage = {
  name: 'tag',
  requires: ['sentences'],
  assigns: ['tokens'],
  run(doc) {
    const sentences = doc.sentences.map((sentence) => ({
      ...sentence,
      tokens: tokenize(sentence.text).tokens.map(({ text, pos, start, end }) => ({ text, pos, start, end })),
    }));
    return { ...doc, sentences };
  },
};
