import type { Doc } from './types.js';

/** The public `extract` JSON of DESIGN.md: what `npm run extract` prints. */
export function toContract(doc: Doc) {
  return {
    article: {
      id: doc.article.id,
      title: doc.article.title,
      url: doc.article.url,
      source: doc.article.source,
      publishedAt: doc.article.publishedAt,
    },
    sentences: doc.sentences.map((s) => ({
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      kind: s.kind,
      ...(s.turnLabel ? { speaker: s.turnLabel } : {}),
    })),
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ sentence: m.sentence, start: m.start, end: m.end, text: m.text })),
    })),
    relations: doc.relations.map((r) => ({
      subject: r.subject,
      predicate: r.predicate,
      object: r.object,
      properties: r.properties,
      evidence: r.evidence,
      confidence: r.confidence,
    })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      speaker: c.speaker,
      text: c.text,
      sentence: c.sentence,
      sentenceIndex: c.sentenceIndex,
      form: c.form,
      about: c.about,
      ...(c.quote ? { quote: c.quote } : {}),
      ...(c.madeAt ? { madeAt: c.madeAt } : {}),
      confidence: c.confidence,
    })),
  };
}
