import { addChanges, noChanges, type Graph, type CountingTransaction, type WriteChanges } from '../graph/driver.js';
import { factId, formerIdKey } from '../ids.js';
import * as Q from '../graph/queries/ingest.js';
import { absorbEntities } from '../graph/queries/curation.js';
import { moveFactsOf } from '../graph/curation.js';
import { EXTRACTOR_VERSION } from '../extract/pipeline.js';
import { ENTITY_TYPES, PREDICATES, type Doc } from '../extract/types.js';
import { toArticleRows, type ArticleRows, type EntityRow } from './rows.js';
import { FOLDS_TO_RUN_APART, MARK_FOLDS } from '../graph/queries/fold.js';
import { DEFAULT_FOLD, foldApart, type Fold, type FoldOptions } from '../graph/fold-apart.js';

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

/** What the batch's alias keys say: where each article's entities go, and which stored entities become one. */
interface Resolution {
  idOf: Array<(id: string) => string>;
  /** Stored entities to fold into another (`mid` into `keep`) before the batch is written. */
  pairs: Fold[];
  /** Ids of the batch's entities, and of those its alias keys found, already in the graph. */
  stored: Set<string>;
}

/**
 * Entities meet through alias keys (`kind|normalised name`): every entity id sharing a key
 * with another, in this batch or already stored, is one entity, named by the least id
 * among them. That rule gives the same graph whatever order articles arrive in: an
 * incremental loader cannot know what later articles will join, so when a batch joins
 * stored entities, or brings a lesser id for one, the stored ones are folded into the
 * chosen id here (facts, mentions, claims and aliases re-pointed). Each alias key then
 * names exactly one entity.
 */
async function resolveAcrossArticles(tx: CountingTransaction, articles: ArticleRows[]): Promise<Resolution> {
  const local = articles.flatMap((a) => a.entities);
  const keys = [...new Set(local.flatMap((e) => e.aliasKeys))];
  const byAlias = await tx.run<{ key: string; id: string }>(Q.ENTITIES_BY_ALIAS, { keys });
  const stored = new Set([
    ...byAlias.map((r) => r.id),
    ...(await tx.run<{ id: string }>(Q.EXISTING_ENTITIES, { ids: [...new Set(local.map((e) => e.id))] })).map((r) => r.id),
  ]);

  // Union-find over entity ids; a key joins every id it is attached to.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb); // the least id is the root
  };
  const owner = new Map<string, string>();
  const attach = (key: string, id: string) => {
    const seen = owner.get(key);
    if (seen === undefined) owner.set(key, id);
    else union(seen, id);
  };
  for (const row of byAlias) attach(row.key, row.id);
  for (const entity of local) for (const key of entity.aliasKeys) attach(key, entity.id);

  const pairs = [...stored].flatMap((id) => (find(id) === id ? [] : [{ keep: find(id), mid: id }]));
  return { idOf: articles.map(() => (id: string) => find(id)), pairs, stored };
}

/**
 * An extracted id joined to another keeps answering through an alias key, as a stored one folded
 * into another does (`absorbEntities`): so any order of loading leaves the same aliases.
 */
const formerIds = (extracted: string, chosen: string) => (extracted === chosen ? [] : [formerIdKey(extracted)]);

/** A name in capitals throughout ("HEALTHCARE", a headline's or a banner's). */
export const isShoutedName = (name: string) => name === name.toUpperCase() && name !== name.toLowerCase();

/**
 * Whether `a` names an entity better than `b`: a name in ordinary case before one in capitals
 * (the capitals stay only when no article writes it otherwise), then the lesser string, so the
 * choice does not depend on the order articles arrive in. mergeEntities in Cypher decides alike.
 */
const namesBetter = (a: string, b: string) => (isShoutedName(a) !== isShoutedName(b) ? !isShoutedName(a) : a < b);

/** One row per graph entity in the batch, names and alias keys united. */
function entityRowsOf(articles: ArticleRows[], idOf: Array<(id: string) => string>) {
  const rows = new Map<string, EntityRow & { articleId: string; reason: string; ownName: string | null }>();
  articles.forEach((article, i) => {
    for (const entity of article.entities) {
      const id = idOf[i]!(entity.id);
      // Only an entity whose own id was chosen names it (the best such name, so order does not matter).
      const ownName = entity.id === id ? entity.name : null;
      const row = rows.get(id);
      if (row) {
        row.aliases = [...new Set([...row.aliases, ...entity.aliases])];
        row.aliasKeys = [...new Set([...row.aliasKeys, ...entity.aliasKeys, ...formerIds(entity.id, id)])];
        if (ownName !== null && (row.ownName === null || namesBetter(ownName, row.ownName)))
          Object.assign(row, { ownName, name: ownName, normalizedName: entity.normalizedName });
      } else {
        const reason = id === entity.id ? 'extracted name' : `matched an existing ${entity.kind} by name or alias`;
        rows.set(id, {
          ...entity,
          id,
          aliases: [...entity.aliases],
          aliasKeys: [...entity.aliasKeys, ...formerIds(entity.id, id)],
          articleId: article.articleId,
          reason,
          ownName,
        });
      }
    }
  });
  return [...rows.values()];
}

/** One row per graph relationship in the batch, evidence and articles concatenated in order. */
function relationRowsOf(articles: ArticleRows[], idOf: Array<(id: string) => string>) {
  const rows = new Map<
    string,
    {
      id: string;
      predicate: string;
      subject: string;
      object: string;
      role: string | null;
      confidence: number;
      evidence: string[];
      articles: string[];
    }
  >();
  const relationIds = articles.map(() => [] as string[]);
  articles.forEach((article, i) => {
    for (const r of article.relations) {
      const subject = idOf[i]!(r.subject);
      const object = idOf[i]!(r.object);
      // Two entities of the article the graph already holds as one: their fact says nothing (DROP_FACTS_WITHIN_FOLDS).
      if (subject === object) continue;
      const id = factId(subject, r.predicate, object);
      relationIds[i]!.push(id);
      const row = rows.get(id);
      if (!row) {
        rows.set(id, {
          id,
          predicate: r.predicate,
          subject,
          object,
          role: r.role,
          confidence: r.confidence,
          evidence: [...r.evidence],
          articles: [article.articleId],
        });
        continue;
      }
      row.evidence.push(...r.evidence.filter((e) => !row.evidence.includes(e)));
      if (!row.articles.includes(article.articleId)) row.articles.push(article.articleId);
      row.confidence = Math.max(row.confidence, r.confidence);
      // The least role named, as the graph keeps it, so that load order does not choose.
      if (r.role !== null && (row.role === null || r.role < row.role)) row.role = r.role;
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

/**
 * Keeps each entity's strongest ties current: ranked again from all its facts where an
 * edited article's facts were pruned (`pruned`), and elsewhere by merging in only the ties
 * the batch's facts grew, so a hub costs its changed ties, not all its facts, per batch.
 */
async function rankTies(tx: CountingTransaction, pruned: string[], rows: ReadonlyArray<{ subject: string; object: string }>) {
  if (pruned.length) await tx.run(Q.REFRESH_STRONGEST, { ids: pruned });
  const ranked = new Set(pruned);
  const pairs = [
    ...new Map(
      rows.filter((r) => r.subject !== r.object).map((r) => [[r.subject, r.object].sort().join(' '), [r.subject, r.object]]),
    ).values(),
  ];
  if (!pairs.length) return;
  const ties = await tx.run<{ a: string; b: string; fact: string | null; weight: number; confidence: number }>(Q.TIES_BETWEEN, { pairs });
  const grown = new Map<string, Array<{ n: string; fact: string; weight: number; confidence: number }>>();
  const add = (id: string, n: string, tie: (typeof ties)[number]) => {
    if (ranked.has(id) || !tie.fact) return;
    const list = grown.get(id) ?? [];
    list.push({ n, fact: tie.fact, weight: tie.weight, confidence: tie.confidence });
    grown.set(id, list);
  };
  for (const tie of ties) {
    add(tie.a, tie.b, tie);
    add(tie.b, tie.a, tie);
  }
  if (grown.size) await tx.run(Q.MERGE_STRONGEST, { rows: [...grown].map(([id, grownTies]) => ({ id, ties: grownTies })) });
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
 * hash) replaces exactly that article's facts. If the batch fails, nothing of its articles is
 * written (a large fold it needed, run apart first, stays done: it is true of the graph anyway).
 */
export async function loadArticles(graph: Graph, batch: ArticleRows[]): Promise<LoadResult[]> {
  return (await loadBatch(graph, batch)).results;
}

/**
 * loadArticles, with what it created and deleted (Neo4j's counters). A fold too large for the
 * article's transaction (`fold.inlineMax`) is marked, run apart in bounded transactions
 * (foldApart), and the batch is then written as if the fold had always been there.
 */
export async function loadBatch(
  graph: Graph,
  batch: ArticleRows[],
  fold: FoldOptions = DEFAULT_FOLD,
): Promise<{ results: LoadResult[]; changes: WriteChanges }> {
  const changes = noChanges();
  const folded = new Set<string>();
  for (;;) {
    const outcome = await graph.write((tx) => writeBatch(tx, batch, fold.inlineMax));
    addChanges(changes, outcome.changes);
    if (!('apart' in outcome)) return { results: outcome.results, changes };
    const again = outcome.apart.filter((f) => folded.has(`${f.mid}>${f.keep}`));
    if (again.length) throw new Error(`The fold of ${again[0]!.mid} into ${again[0]!.keep} did not complete; the batch was not loaded.`);
    for (const f of outcome.apart) folded.add(`${f.mid}>${f.keep}`);
    addChanges(changes, await foldApart(graph, outcome.apart, fold));
  }
}

type BatchOutcome = { results: LoadResult[]; changes: WriteChanges } | { apart: Fold[]; changes: WriteChanges };

async function writeBatch(tx: CountingTransaction, batch: ArticleRows[], inlineMax: number): Promise<BatchOutcome> {
  const latest = new Map(batch.map((a) => [a.articleId, a]));
  const summary = (a: ArticleRows, changed: boolean): LoadResult => ({
    articleId: a.articleId,
    changed,
    entities: a.entities.length,
    relations: a.relations.length,
    claims: a.claims.length,
  });
  await tx.run(Q.LOAD_LOCK);
  const states = await tx.run<ArticleState>(Q.ARTICLE_STATES, { ids: [...latest.keys()] });
  const stateOf = new Map(states.map((s) => [s.id, s]));
  const articles = [...latest.values()].filter((a) => {
    const state = stateOf.get(a.articleId);
    return !state || state.sha256 !== a.sha256 || state.extractorVersion !== EXTRACTOR_VERSION;
  });
  const changed = new Set(articles.map((a) => a.articleId));
  if (!articles.length) return { results: batch.map((a) => summary(latest.get(a.articleId)!, false)), changes: noChanges() };

  // Resolved before the previous versions are detached (which touches no entity or alias), so
  // that a batch waiting for a fold commits nothing of its articles.
  const { idOf, pairs, stored } = await resolveAcrossArticles(tx, articles);
  const entities = entityRowsOf(articles, idOf);
  const apart = await tx.run<Fold>(FOLDS_TO_RUN_APART, { pairs, inlineMax });
  if (apart.length) {
    // A kept entity this batch brings must exist for the fold to move things onto it.
    const keeps = new Set(apart.map((f) => f.keep));
    await mergeEntityRows(
      tx,
      entities.filter((e) => keeps.has(e.id) && !stored.has(e.id)),
    );
    await tx.run(MARK_FOLDS, { pairs: apart });
    return { apart, changes: tx.changes };
  }

  const previous = articles.flatMap((a) => stateOf.get(a.articleId) ?? []);
  const touched = previous.length ? await detachPreviousVersions(tx, previous) : [];
  await mergeEntityRows(tx, entities);
  if (pairs.length) {
    // Ties that named a folded entity now name the kept one: moveFactsOf ranks them again.
    await moveFactsOf(tx, pairs);
    await tx.run(absorbEntities('loader'), { pairs });
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
    rows: articles.map((a, i) => ({
      id: a.articleId,
      relationIds: relations.relationIds[i],
      relationTypes: [...new Set(a.relations.map((r) => r.predicate))],
    })),
  });

  await tx.run(Q.REFRESH_MENTION_COUNTS, { ids: [...new Set([...touched, ...entities.map((e) => e.id)])] });
  await rankTies(tx, touched, relations.rows);
  if (touched.length) await tx.run(Q.DELETE_ORPHAN_ENTITIES, { ids: touched });
  return { results: batch.map((a) => summary(latest.get(a.articleId)!, changed.has(a.articleId))), changes: tx.changes };
}

async function mergeEntityRows(tx: CountingTransaction, entities: ReturnType<typeof entityRowsOf>) {
  for (const kind of ENTITY_TYPES) {
    const rows = entities.filter((e) => e.kind === kind);
    if (rows.length) await tx.run(Q.mergeEntities(kind), { rows, kind, extractorVersion: EXTRACTOR_VERSION });
  }
}

/** Loads one extracted article in its own transaction (the API's ingestArticle path). */
export async function loadArticle(graph: Graph, doc: Doc): Promise<LoadResult> {
  const [result] = await loadArticles(graph, [toArticleRows(doc)]);
  return result!;
}
