import type { Graph, CountingTransaction } from '../graph/driver.js';
import { factId } from '../graph/ids.js';
import * as Q from '../graph/queries/ingest.js';
import { EXTRACTOR_VERSION } from '../extract/pipeline.js';
import { ENTITY_TYPES, PREDICATES, type Doc } from '../extract/types.js';
import { toArticleRows, type ArticleRows, type EntityRow } from './rows.js';

export interface LoadResult {
  articleId: string;
  changed: boolean;
  entities: number;
  relations: number;
  claims: number;
}

interface ArticleState {
  id: string;
  sha256: string;
  extractorVersion: string;
  relationIds: string[] | null;
}

/**
 * Maps each article-local entity id to a graph entity of the same kind sharing a name or
 * alias — one already stored, or one met earlier in this batch — else keeps its own id.
 * Batch order matters exactly as if the articles were loaded one by one.
 */
async function resolveAcrossArticles(tx: CountingTransaction, articles: ArticleRows[]): Promise<Array<(id: string) => string>> {
  const keys = [...new Set(articles.flatMap((a) => a.entities.flatMap((e) => e.aliasKeys)))];
  const rows = await tx.run<{ key: string; id: string }>(Q.ENTITIES_BY_ALIAS, { keys });
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  return articles.map((article) => {
    const ids = new Map<string, string>();
    for (const entity of article.entities) {
      const id = entity.aliasKeys.map((k) => byKey.get(k)).find(Boolean) ?? entity.id;
      ids.set(entity.id, id);
    }
    for (const entity of article.entities) for (const key of entity.aliasKeys) if (!byKey.has(key)) byKey.set(key, ids.get(entity.id)!);
    return (id: string) => ids.get(id) ?? id;
  });
}

/** One row per graph entity in the batch, names and alias keys united. */
function entityRowsOf(articles: ArticleRows[], idOf: Array<(id: string) => string>) {
  const rows = new Map<string, EntityRow & { articleId: string; reason: string }>();
  articles.forEach((article, i) => {
    for (const entity of article.entities) {
      const id = idOf[i]!(entity.id);
      const row = rows.get(id);
      if (row) {
        row.aliases = [...new Set([...row.aliases, ...entity.aliases])];
        row.aliasKeys = [...new Set([...row.aliasKeys, ...entity.aliasKeys])];
      } else {
        const reason = id === entity.id ? 'extracted name' : `matched an existing ${entity.kind} by name or alias`;
        rows.set(id, { ...entity, id, aliases: [...entity.aliases], aliasKeys: [...entity.aliasKeys], articleId: article.articleId, reason });
      }
    }
  });
  return [...rows.values()];
}

/** One row per graph relationship in the batch, evidence and articles concatenated in order. */
function relationRowsOf(articles: ArticleRows[], idOf: Array<(id: string) => string>) {
  const rows = new Map<string, { id: string; predicate: string; subject: string; object: string; role: string | null; confidence: number; evidence: string[]; articles: string[] }>();
  const relationIds = articles.map(() => [] as string[]);
  articles.forEach((article, i) => {
    for (const r of article.relations) {
      const subject = idOf[i]!(r.subject);
      const object = idOf[i]!(r.object);
      const id = factId(subject, r.predicate, object);
      relationIds[i]!.push(id);
      const row = rows.get(id);
      if (!row) {
        rows.set(id, { id, predicate: r.predicate, subject, object, role: r.role, confidence: r.confidence, evidence: [...r.evidence], articles: [article.articleId] });
        continue;
      }
      row.evidence.push(...r.evidence.filter((e) => !row.evidence.includes(e)));
      if (!row.articles.includes(article.articleId)) row.articles.push(article.articleId);
      row.confidence = Math.max(row.confidence, r.confidence);
      row.role ??= r.role;
    }
  });
  return { rows: [...rows.values()], relationIds };
}

/** The article, its sentences, and each sentence's mentions (once each) mapped to graph entities. */
function textRowsOf(article: ArticleRows, idOf: (id: string) => string) {
  const mentionsBySentence = new Map<string, Map<string, ArticleRows['mentions'][number]>>();
  for (const m of article.mentions) {
    const entity = idOf(m.entity);
    const bySpan = mentionsBySentence.get(m.sentence) ?? new Map();
    bySpan.set(`${entity}|${m.start}|${m.end}`, { ...m, entity });
    mentionsBySentence.set(m.sentence, bySpan);
  }
  return {
    article: { ...article.article, extractorVersion: EXTRACTOR_VERSION },
    sentences: article.sentences.map((s) => ({ ...s, mentions: [...(mentionsBySentence.get(s.id)?.values() ?? [])] })),
  };
}

/** The article's claims, once per id, pointing at graph entities. */
function claimRowsOf(article: ArticleRows, idOf: (id: string) => string) {
  const byId = new Map(article.claims.map((c) => [c.id, c]));
  return [...byId.values()].map((c) => ({
    ...c,
    articleId: article.articleId,
    speaker: c.speaker && idOf(c.speaker),
    about: [...new Set(c.about.map(idOf))],
    madeAt: c.madeAt && idOf(c.madeAt),
  }));
}

/** Removes what earlier versions of these articles contributed; returns the entities they touched. */
async function detachPreviousVersions(tx: CountingTransaction, states: ArticleState[]): Promise<string[]> {
  const ids = states.map((s) => s.id);
  const removed = await tx.run<{ touched: string[] }>(Q.DETACH_ARTICLE_FACTS, { ids });
  const relationIds = [...new Set(states.flatMap((s) => s.relationIds ?? []))];
  const prefixes = ids.map((id) => `${id}#`);
  if (relationIds.length) for (const predicate of PREDICATES) await tx.run(Q.pruneEvidence(predicate), { relationIds, prefixes, ids });
  return [...new Set(removed.flatMap((r) => r.touched))];
}

/**
 * Loads a batch of extracted articles in one write transaction, with one statement per kind
 * of row for the whole batch. The same text twice changes nothing; an edited text (new
 * hash) replaces exactly that article's facts. If the batch fails, nothing of it is written.
 */
export async function loadArticles(graph: Graph, batch: ArticleRows[]): Promise<LoadResult[]> {
  const latest = new Map(batch.map((a) => [a.articleId, a]));
  const summary = (a: ArticleRows, changed: boolean): LoadResult => ({ articleId: a.articleId, changed, entities: a.entities.length, relations: a.relations.length, claims: a.claims.length });
  return graph.write(async (tx) => {
    const states = await tx.run<ArticleState>(Q.ARTICLE_STATES, { ids: [...latest.keys()] });
    const stateOf = new Map(states.map((s) => [s.id, s]));
    const articles = [...latest.values()].filter((a) => {
      const state = stateOf.get(a.articleId);
      return !state || state.sha256 !== a.sha256 || state.extractorVersion !== EXTRACTOR_VERSION;
    });
    const changed = new Set(articles.map((a) => a.articleId));
    if (!articles.length) return batch.map((a) => summary(latest.get(a.articleId)!, false));

    const previous = articles.flatMap((a) => stateOf.get(a.articleId) ?? []);
    const touched = previous.length ? await detachPreviousVersions(tx, previous) : [];

    const idOf = await resolveAcrossArticles(tx, articles);
    const entities = entityRowsOf(articles, idOf);
    for (const kind of ENTITY_TYPES) {
      const rows = entities.filter((e) => e.kind === kind);
      if (rows.length) await tx.run(Q.mergeEntities(kind), { rows, kind, extractorVersion: EXTRACTOR_VERSION });
    }

    await tx.run(Q.CREATE_ARTICLE_TEXT, { rows: articles.map((a, i) => textRowsOf(a, idOf[i]!)) });

    const relations = relationRowsOf(articles, idOf);
    for (const predicate of PREDICATES) {
      const rows = relations.rows.filter((r) => r.predicate === predicate);
      if (rows.length) await tx.run(Q.mergeRelations(predicate), { rows, extractorVersion: EXTRACTOR_VERSION });
    }

    const claims = articles.flatMap((a, i) => claimRowsOf(a, idOf[i]!));
    if (claims.length) await tx.run(Q.CREATE_CLAIMS, { rows: claims, extractorVersion: EXTRACTOR_VERSION });
    await tx.run(Q.SET_ARTICLE_RELATIONS, {
      rows: articles.map((a, i) => ({ id: a.articleId, relationIds: relations.relationIds[i], relationTypes: [...new Set(a.relations.map((r) => r.predicate))] })),
    });

    await tx.run(Q.REFRESH_MENTION_COUNTS, { ids: [...new Set([...touched, ...entities.map((e) => e.id)])] });
    // The ends of every fact the batch added to or took from, ranked again.
    const tied = new Set([...touched, ...relations.rows.flatMap((r) => [r.subject, r.object])]);
    if (tied.size) await tx.run(Q.REFRESH_STRONGEST, { ids: [...tied] });
    if (touched.length) await tx.run(Q.DELETE_ORPHAN_ENTITIES, { ids: touched });
    return batch.map((a) => summary(latest.get(a.articleId)!, changed.has(a.articleId)));
  });
}

/** Loads one extracted article in its own transaction (the API's ingestArticle path). */
export async function loadArticle(graph: Graph, doc: Doc): Promise<LoadResult> {
  const [result] = await loadArticles(graph, [toArticleRows(doc)]);
  return result!;
}
