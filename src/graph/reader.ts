import neo4j from 'neo4j-driver';
import type { Graph } from './driver.js';
import { toNumber } from './driver.js';
import * as A from './queries/article.js';
import * as C from './queries/claim.js';
import * as E from './queries/entity.js';
import * as G from './queries/graph.js';
import * as S from './queries/stats.js';
import { MERGE_RECORDS } from './queries/curation.js';
import type { MergeRecordRow } from './curation.js';
import { buildClaimsPage, type ClaimFilter } from './build/claims-page.js';
import { luceneQuery } from './build/lucene.js';
import { factType } from './ids.js';
import type { ArticleRow, ClaimRow, EntityRow, MentionRow, Page, PathRow, RelationshipRow, SearchHitRow, SentenceRow, StatsRow, SubgraphRow } from './rows.js';

/**
 * A record value typed as a row. The driver returns integers as JS numbers (see Graph), so
 * maps and lists from Neo4j are plain JSON already and are used as they are.
 */
export function plain<T>(value: unknown): T {
  return value as T;
}

const int = (n: number) => neo4j.int(n);

/** Groups `{id, <field>}` rows into a lookup, for DataLoaders. */
function byId<T>(rows: Array<Record<string, unknown>>, field: string): Map<string, T> {
  return new Map(rows.map((row) => [row.id as string, plain<T>(row[field])]));
}

/**
 * Every read the API makes, each one named query from src/graph/queries, batched over ids
 * so resolvers never fan out one query per row.
 */
export class GraphReader {
  constructor(readonly graph: Graph) {}

  async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await this.graph.read(E.ENTITIES_BY_IDS, { ids });
    return new Map(rows.map((r) => {
      const entity = plain<EntityRow>(r.entity);
      return [entity.id, entity];
    }));
  }

  /** Each entity's curator merge records, oldest first. */
  async mergeRecordsOf(ids: readonly string[]): Promise<Map<string, MergeRecordRow[]>> {
    const rows = await this.graph.read<{ id: string; records: string[] }>(MERGE_RECORDS, { ids });
    return new Map(rows.map((r) => [r.id, r.records.map((json) => JSON.parse(json) as MergeRecordRow)]));
  }

  /** Each entity's facts, and the entities at their ends. */
  async relationshipsOf(ids: readonly string[], types: string[] | null, direction: string, first: number) {
    const rows = await this.graph.read(E.RELATIONSHIPS_OF_ENTITIES, { ids, types, direction, first: int(first) });
    const ends = rows.flatMap((row) => [plain<EntityRow>(row.entity), ...plain<EntityRow[]>(row.others)]);
    return { facts: byId<RelationshipRow[]>(rows, 'relationships'), ends };
  }

  async neighborsOf(ids: readonly string[], kinds: string[] | null, first: number) {
    return byId<EntityRow[]>(await this.graph.read(E.NEIGHBORS_OF_ENTITIES, { ids, kinds, first: int(first) }), 'neighbors');
  }

  async claimsOf(ids: readonly string[], role: string, first: number) {
    return byId<ClaimRow[]>(await this.graph.read(E.CLAIMS_OF_ENTITIES, { ids, role, first: int(first) }), 'claims');
  }

  async articlesOf(ids: readonly string[], first: number) {
    return byId<ArticleRow[]>(await this.graph.read(E.ARTICLES_OF_ENTITIES, { ids, first: int(first) }), 'articles');
  }

  async mentionsOf(ids: readonly string[], first: number) {
    return byId<MentionRow[]>(await this.graph.read(E.MENTIONS_OF_ENTITIES, { ids, first: int(first) }), 'mentions');
  }

  async entityPage(kind: string | null, orderBy: string, offset: number, first: number): Promise<Page<EntityRow>> {
    const query = orderBy === 'NAME_ASC' ? E.ENTITY_PAGE_BY_NAME : E.ENTITY_PAGE_BY_MENTIONS;
    const [rows, count] = await Promise.all([
      this.graph.read(query, { kind, offset: int(offset), first: int(first) }),
      this.graph.read(kind ? E.ENTITY_COUNT_OF_KIND : E.ENTITY_COUNT, { kind }),
    ]);
    return { items: rows.map((r) => plain<EntityRow>(r.entity)), offset, totalCount: toNumber(count[0]?.total) };
  }

  async search(text: string, kinds: string[] | null, first: number): Promise<SearchHitRow[]> {
    const query = luceneQuery(text);
    if (!query) return [];
    const rows = await this.graph.read(E.SEARCH_ENTITIES, { query, kinds, first: int(first), candidates: int(Math.max(first * 5, 50)) });
    return rows.map((r) => ({ score: Number(r.score), entity: plain<EntityRow>(r.entity) }));
  }

  async articlesByIds(ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    const rows = await this.graph.read(A.ARTICLES_BY_IDS, { ids });
    return new Map(rows.map((r) => [plain<ArticleRow>(r.article).id, plain<ArticleRow>(r.article)]));
  }

  async sentencesByIds(ids: readonly string[]): Promise<Map<string, SentenceRow>> {
    const rows = await this.graph.read(A.SENTENCES_BY_IDS, { ids });
    return new Map(rows.map((r) => [plain<SentenceRow>(r.sentence).id, plain<SentenceRow>(r.sentence)]));
  }

  async claimsByIds(ids: readonly string[]): Promise<Map<string, ClaimRow>> {
    const rows = await this.graph.read(C.CLAIMS_BY_IDS, { ids });
    return new Map(rows.map((r) => [plain<ClaimRow>(r.claim).id, plain<ClaimRow>(r.claim)]));
  }

  async sentencesOf(ids: readonly string[], first: number) {
    return byId<SentenceRow[]>(await this.graph.read(A.SENTENCES_OF_ARTICLES, { ids, first: int(first) }), 'sentences');
  }

  async claimsOfArticles(ids: readonly string[], first: number) {
    return byId<ClaimRow[]>(await this.graph.read(A.CLAIMS_OF_ARTICLES, { ids, first: int(first) }), 'claims');
  }

  async entitiesOfArticles(ids: readonly string[], kinds: string[] | null, first: number) {
    return byId<EntityRow[]>(await this.graph.read(A.ENTITIES_OF_ARTICLES, { ids, kinds, first: int(first) }), 'entities');
  }

  async articlePage(offset: number, first: number): Promise<Page<ArticleRow>> {
    const [rows, count] = await Promise.all([
      this.graph.read(A.ARTICLE_PAGE, { offset: int(offset), first: int(first) }),
      this.graph.read(A.ARTICLE_COUNT),
    ]);
    return { items: rows.map((r) => plain<ArticleRow>(r.article)), offset, totalCount: toNumber(count[0]?.total) };
  }

  async claimPage(filter: ClaimFilter, offset: number, first: number): Promise<Page<ClaimRow>> {
    const { page, count } = buildClaimsPage(filter, offset, first);
    const [rows, total] = await Promise.all([
      this.graph.read(page.cypher, { ...page.params, offset: int(offset), first: int(first) }),
      this.graph.read(count.cypher, count.params),
    ]);
    return { items: rows.map((r) => plain<ClaimRow>(r.claim)), offset, totalCount: toNumber(total[0]?.total) };
  }

  async shortestPath(from: string, to: string, maxHops: number): Promise<PathRow | null> {
    const [row] = await this.graph.read(G.shortestPathQuery(maxHops), { from, to });
    return row ? { nodes: plain<EntityRow[]>(row.nodes), relationships: plain<RelationshipRow[]>(row.relationships) } : null;
  }

  /**
   * Breadth-first from the seeds, one query per level, then the facts among what was reached
   * (without evidence, which the API loads when asked for, or with all of it for exports).
   */
  async subgraph(seeds: string[], depth: number, limit: number, kinds: string[] | null, types: string[] | null, evidence: 'none' | 'all' = 'none'): Promise<SubgraphRow> {
    const existing = (await this.graph.read(G.ENTITY_IDS_EXIST, { ids: seeds })).map((r) => r.id as string);
    const seen = new Set(existing);
    let frontier = existing;
    let truncated = seen.size > limit;
    for (let level = 0; level < depth && frontier.length && !truncated; level += 1) {
      const room = limit - seen.size;
      const rows = await this.graph.read(G.EXPAND_FRONTIER, { frontier, seen: [...seen], types, kinds, limit: int(room + 1) });
      const next = rows.map((r) => r.id as string);
      if (next.length > room) {
        truncated = true;
        next.length = room;
      }
      next.forEach((id) => seen.add(id));
      frontier = next;
    }
    const ids = [...seen].slice(0, limit);
    const [nodes, facts] = await Promise.all([
      this.graph.read(G.ENTITIES_OF_IDS, { ids }),
      this.graph.read(evidence === 'all' ? G.FACTS_AMONG_IDS_ALL_EVIDENCE : G.FACTS_AMONG_IDS, { ids, types }),
    ]);
    const order = new Map(ids.map((id, i) => [id, i]));
    return {
      nodes: nodes.map((r) => plain<EntityRow>(r.entity)).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
      relationships: facts.map((r) => plain<RelationshipRow>(r.relationship)),
      truncated,
    };
  }

  /** The first (or all) evidence sentence ids of each fact. */
  async evidenceOf(ids: readonly string[], read: 'first' | 'all' = 'first'): Promise<Map<string, string[]>> {
    const queries = read === 'all' ? G.ALL_EVIDENCE_OF_FACTS : G.EVIDENCE_OF_FACTS;
    const byType = new Map<keyof typeof queries, string[]>();
    for (const id of ids) {
      const type = factType(id) as keyof typeof queries | undefined;
      if (!type || !Object.hasOwn(queries, type)) continue;
      const group = byType.get(type);
      if (group) group.push(id);
      else byType.set(type, [id]);
    }
    const rows = await Promise.all([...byType].map(([type, group]) => this.graph.read(queries[type], { ids: group })));
    return new Map(rows.flat().map((r) => [r.id as string, r.evidence as string[]]));
  }

  async stats(): Promise<StatsRow> {
    const [row] = await this.graph.read(S.STATS);
    const stats = plain<Omit<StatsRow, 'entities' | 'relationships'>>(row ?? {});
    const sum = (list: Array<{ count: number }>) => list.reduce((total, x) => total + x.count, 0);
    return { ...stats, entities: sum(stats.entitiesByKind), relationships: sum(stats.relationshipsByType) };
  }

  async topEntities(kind: string | null, first: number): Promise<EntityRow[]> {
    const rows = await this.graph.read(S.TOP_ENTITIES, { kind, first: int(first) });
    return rows.map((r) => plain<EntityRow>(r.entity));
  }
}
