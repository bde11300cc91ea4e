/**
 * Runs the whole extraction pipeline over a pre-tokenised corpus and reads its names back as
 * BIO tags, so the pipeline can be scored with the same measure as the recogniser. Each
 * sentence becomes one line of an article (tokens joined by single spaces; 20 lines per
 * article under a fixed title, which is left out of the scoring); each named mention the
 * pipeline keeps (Person → PER, Organization → ORG, Place → LOC, Event → MISC) is mapped
 * back to the tokens its character offsets cover.
 */
import type { TaggedSentence } from '../ner/corpus.js';
import type { Pipeline } from '../extract/pipeline.js';
import type { EntityType } from '../extract/types.js';

const TYPE_TAG: Partial<Record<EntityType, string>> = { Person: 'PER', Organization: 'ORG', Place: 'LOC', Event: 'MISC' };
const TITLE = 'Corpus excerpt';
const LINES_PER_ARTICLE = 20;

export function pipelineTags(pipeline: Pipeline, sentences: readonly TaggedSentence[]): string[][] {
  const out: string[][] = [];
  for (let from = 0; from < sentences.length; from += LINES_PER_ARTICLE) {
    const group = sentences.slice(from, from + LINES_PER_ARTICLE);
    const lines = group.map((s) => s.tokens.join(' '));
    const doc = pipeline.run({ title: TITLE, body: lines.join('\n'), id: `corpus:${from}` });
    // Where each line and each of its tokens starts in the article text.
    const lineStarts: number[] = [];
    let at = TITLE.length + 2;
    for (const line of lines) {
      lineStarts.push(at);
      at += line.length + 1;
    }
    const tags = group.map((s) => s.tokens.map(() => 'O'));
    const tokenStarts = group.map((s) => {
      let offset = 0;
      return s.tokens.map((t) => {
        const start = offset;
        offset += t.length + 1;
        return start;
      });
    });
    const taken = group.map((s) => new Array<boolean>(s.tokens.length).fill(false));
    const mentions = doc.entities
      .flatMap((e) => e.mentions.filter((m) => m.source === 'name' || m.source === 'acronym').map((m) => ({ m, type: TYPE_TAG[e.type] })))
      .filter((x) => x.type)
      .map(({ m, type }) => ({
        start: doc.sentences[m.sentence]!.start + m.start,
        end: doc.sentences[m.sentence]!.start + m.end,
        type: type!,
      }))
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const mention of mentions) {
      const line = lineStarts.findLastIndex((s) => s <= mention.start);
      if (line < 0) continue;
      const start = mention.start - lineStarts[line]!;
      const end = mention.end - lineStarts[line]!;
      const starts = tokenStarts[line]!;
      const tokens = group[line]!.tokens;
      const first = starts.findIndex((s, i) => s + tokens[i]!.length > start);
      let last = first;
      while (last + 1 < starts.length && starts[last + 1]! < end) last += 1;
      if (first < 0 || taken[line]!.slice(first, last + 1).some(Boolean)) continue;
      for (let i = first; i <= last; i += 1) {
        tags[line]![i] = `${i === first ? 'B' : 'I'}-${mention.type}`;
        taken[line]![i] = true;
      }
    }
    out.push(...tags);
  }
  return out;
}
