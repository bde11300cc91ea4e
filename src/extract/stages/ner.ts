/**
 * The trained recogniser's reading of each sentence (src/ner): spans typed PER / ORG / LOC /
 * MISC over the segment stage's tokens, with one memory per article so a name's earlier
 * type counts in headlines and later sentences. The mentions and type stages take these
 * as the first vote on a name's span and type; the rules add and outweigh where they know more.
 */
import type { NerModel } from '../../ner/model.js';
import { DocumentMemory } from '../../ner/memory.js';
import { spansOf } from '../../ner/tags.js';
import type { Stage } from '../stage.js';
import type { NerSpan } from '../types.js';

export function createNerStage(model: NerModel): Stage {
  return {
    name: 'ner',
    requires: ['sentences', 'tokens'],
    assigns: ['names'],
    run(doc) {
      const memory = new DocumentMemory();
      // The body first, so a headline in capitals can lean on what the body said.
      const order = [...doc.sentences].sort((a, b) => Number(a.kind === 'headline') - Number(b.kind === 'headline'));
      const names = new Map<number, NerSpan[]>();
      for (const sentence of order) {
        const words = sentence.tokens.filter((t) => t.text.trim());
        const { tags, margins } = model.tag(
          words.map((t) => t.text),
          memory,
        );
        names.set(
          sentence.index,
          spansOf(tags).map((span): NerSpan => {
            let margin = Infinity;
            for (let i = span.start; i < span.end; i += 1) margin = Math.min(margin, margins[i]!);
            return { start: words[span.start]!.start, end: words[span.end - 1]!.end, type: span.type as NerSpan['type'], margin };
          }),
        );
      }
      return { ...doc, sentences: doc.sentences.map((s) => ({ ...s, names: names.get(s.index) })) };
    },
  };
}
