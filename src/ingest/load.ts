import { createHash } from 'node:crypto';
import type { Graph, CountingTransaction } from '../graph/driver.js';
import * as Q from '../graph/queries/ingest.js';
import { sentenceId } from '../graph/ids.js';
import { EXTRACTOR_VERSION } from '../extract/pipeline.js';
import { normalizeName } from '../extract/text.js';
import { PREDICATES, ENTITY_TYPES, type Doc, type Entity } from '../extract/types.js';

export interface LoadResult {
  articleId: string;
  changed: boolean;
  entities: number;
  relations: number;
  claims: number;
}

const aliasKey = (kind: string, name: string) => `${kind}|${normalizeName(name)}`;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Maps each extracted entity to an existing graph entity of the same kind and name or alias. */
async function resolveAcrossArticles(tx: CountingTransaction, entities: Entity[]): Promise<Map<string, string>> {
  const keys = entities.flatMap((e) => [e.name, ...e.aliases].map((n) => aliasKey(e.type, n)));
  const rows = await tx.run<{ key: string; id: string }>(Q.ENTITIES_BY_ALIAS, { keys });
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  const ids = new Map<string, string>();
  for (const entity of entities) {
    const match = [entity.name, ...entity.aliases].map((n) => byKey.get(aliasKey(entity.type, n))).find(Boolean);
    ids.set(entity.id, match ?? entity.id);
  }
  return ids;
}

/**
 * Loads one extracted article in one write transaction. The same text twice changes
 * nothing; an edited text (new hash) replaces exactly that article's facts.
 */
export async function loadArticle(graph: Graph, doc: Doc): Promise<LoadResult> {
  const hash = sha256(doc.text);
  const articleId = doc.article.id;
  return graph.write(async (tx) => {
    const [state] = await tx.run<{ sha256: string; extractorVersion: string; relationIds: string[] | null }>(Q.ARTICLE_STATE, { id: articleId });
    const summary = { articleId, entities: doc.entities.length, relations: doc.relations.length, claims: doc.claims.length };
    if (state && state.sha256 === hash && state.extractorVersion === EXTRACTOR_VERSION) return { ...summary, changed: false };

    let touched: string[] = [];
    if (state) {
      const [removed] = await tx.run<{ touched: string[] }>(Q.DETACH_ARTICLE_FACTS, { id: articleId });
      touched = removed?.touched ?? [];
      for (const predicate of PREDICATES) {
        await tx.run(Q.pruneEvidence(predicate), { relationIds: state.relationIds ?? [], prefix: `${articleId}#`, id: articleId });
      }
    }

    const ids = await resolveAcrossArticles(tx, doc.entities);
    const idOf = (id: string) => ids.get(id) ?? id;
    for (const kind of ENTITY_TYPES) {
      const rows = doc.entities
        .filter((e) => e.type === kind)
        .map((e) => ({
          id: idOf(e.id),
          name: e.name,
          normalizedName: normalizeName(e.name),
          aliases: [e.name, ...e.aliases].filter((n, i, all) => all.indexOf(n) === i),
          aliasKeys: [...new Set([e.name, ...e.aliases].map((n) => aliasKey(kind, n)))],
          reason: idOf(e.id) === e.id ? 'extracted name' : `matched an existing ${kind} by name or alias`,
        }));
      if (rows.length) await tx.run(Q.mergeEntities(kind), { rows, kind, extractorVersion: EXTRACTOR_VERSION, articleId });
    }

    const article = {
      id: articleId,
      title: doc.article.title,
      url: doc.article.url ?? null,
      source: doc.article.source ?? null,
      publishedAt: doc.article.publishedAt ?? null,
      text: doc.text,
      sha256: hash,
      extractorVersion: EXTRACTOR_VERSION,
    };
    const sentences = doc.sentences.map((s) => ({ id: sentenceId(articleId, s.index), index: s.index, text: s.text, start: s.start, end: s.end, kind: s.kind, speaker: s.turnLabel ?? null }));
    await tx.run(Q.MERGE_ARTICLE, { article, sentences });

    const mentions = doc.entities.flatMap((e) =>
      e.mentions.map((m) => ({ sentence: sentenceId(articleId, m.sentence), entity: idOf(e.id), start: m.start, end: m.end, text: m.text, source: m.source })),
    );
    await tx.run(Q.MERGE_MENTIONS, { rows: mentions });

    const relationIds: string[] = [];
    for (const predicate of PREDICATES) {
      const rows = doc.relations
        .filter((r) => r.predicate === predicate)
        .map((r) => {
          const id = `${idOf(r.subject)}|${predicate}|${idOf(r.object)}`;
          relationIds.push(id);
          return { id, subject: idOf(r.subject), object: idOf(r.object), role: r.properties.role ?? null, confidence: r.confidence, evidence: r.evidence.map((e) => sentenceId(articleId, e.sentence)) };
        });
      if (rows.length) await tx.run(Q.mergeRelations(predicate), { rows, articleId, extractorVersion: EXTRACTOR_VERSION });
    }

    const claims = doc.claims.map((c) => ({
      id: c.id,
      text: c.text,
      sentence: c.sentence,
      quote: c.quote ?? null,
      form: c.form,
      confidence: c.confidence,
      sentenceId: sentenceId(articleId, c.sentenceIndex),
      speaker: c.speaker ? idOf(c.speaker) : null,
      about: c.about.map(idOf),
      madeAt: c.madeAt ? idOf(c.madeAt) : null,
    }));
    if (claims.length) await tx.run(Q.MERGE_CLAIMS, { rows: claims, articleId, extractorVersion: EXTRACTOR_VERSION });
    await tx.run(Q.SET_ARTICLE_RELATIONS, { id: articleId, relationIds, relationTypes: [...new Set(doc.relations.map((r) => r.predicate))] });

    const entityIds = [...new Set([...touched, ...doc.entities.map((e) => idOf(e.id))])];
    await tx.run(Q.REFRESH_MENTION_COUNTS, { ids: entityIds });
    if (touched.length) await tx.run(Q.DELETE_ORPHAN_ENTITIES, { ids: touched });
    return { ...summary, changed: true };
  });
}
