import neo4j from 'neo4j-driver';
import type { Graph } from './driver.js';
import { toNumber } from './driver.js';
import * as A from './queries/article.js';
import * as C from './queries/claim.js';
import * as E from './queries/entity.js';
import * as G from './queries/graph.js';
import * as S from './queries/stats.js';
import * as T from './queries/time.js';
import * as M from './queries/co-mentions.js';
import { MERGE_RECORDS } from './queries/curation.js';
import type { MergeRecordRow } from './rows.js';
import { buildClaimsPage, type ClaimFilter } from './build/claims-page.js';
import { luceneQuery } from './build/lucene.js';
import { buildRelationshipsPage, RELATIONSHIP_COUNT_OF_ENTITY, RELATIONSHIP_PAGE_OF_ENTITY } from './build/relationships-page.js';
import type { FactType } from './queries/graph.js';
import { factParts, factType } from '../ids.js';
import { strongestPairs, type RankedTies } from './strongest-pairs.js';
import { ENTITY_TYPES } from '../extract/types.js';
import { normalizeName } from '../extract/text.js';
import type {
  CoMentionRow,
  ArticleAfter,
  ArticleRow,
  ClaimAfter,
  ClaimRow,
  DateRange,
  EntityAfter,
  EntityRow,
  FactRef,
  MentionRow,
  Page,
  SearchAfter,
  PathRow,
  RankedTiesRow,
  RelationshipRow,
  SearchHitRow,
  SentenceRow,
  StatsRow,
  SubgraphRow,
} from './rows.js';

/** A fact by its id alone: the id spells out its type and ends. */
function factRef(id: string): FactRef {
  const { sourceId, type, targetId } = factParts(id);
  return { id, type: type as FactRef['type'], sourceId, targetId };
}

/** A STRONGEST_TIES row. */
function rankedTies(row: Record<string, unknown>): RankedTies {
  return {
    entity: plain<EntityRow>(row.entity),
    neighbours: row.neighbours as string[],
    facts: row.facts as string[],
    weights: row.weights as number[],
  };
}

/**
 * A record value typed as a row. The driver returns integers as JS numbers (see Graph), so
 * maps and lists from Neo4j are plain JSON already and are used as they are.
 */
export function plain<T>(value: unknown): T {
  return value as T;
}

const int = (n: number) => neo4j.int(n);
const NO_RANGE: DateRange = { from: null, to: null };

/** How many full-text hits a paged search ranks: `searchConnection` pages within these. */
export const SEARCH_CANDIDATES = 1000;

/** The most neighbours per node a ranked walk of `depth` hops can keep within `limit` nodes: 1 + k + … + k^depth ≤ limit. */
export function neighboursPerNode(limit: number, depth: number): number {
  const size = (k: number) => Array.from({ length: depth + 1 }, (_, i) => k ** i).reduce((a, b) => a + b, 0);
  let k = 1;
  while (depth > 0 && size(k + 1) <= limit) k += 1;
  return k;
}

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

  /** Keyed by the id asked for: a former id of a folded entity gives the entity that absorbed it. */
  async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await this.graph.read<{ id: string; entity: unknown }>(E.ENTITIES_BY_IDS, { ids });
    return new Map(rows.map((r) => [r.id, plain<EntityRow>(r.entity)]));
  }

  /** Each entity's curator merge records, oldest first (with those of the entities merged into it). */
  async mergeRecordsOf(ids: readonly string[]): Promise<Map<string, MergeRecordRow[]>> {
    const rows = await this.graph.read<{ id: string; records: string[] }>(MERGE_RECORDS, { ids });
    const byTime = (a: MergeRecordRow, b: MergeRecordRow) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
    return new Map(rows.map((r) => [r.id, r.records.map((json) => JSON.parse(json) as MergeRecordRow).sort(byTime)]));
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

  async articlesOf(ids: readonly string[], first: number, range: DateRange = NO_RANGE) {
    return byId<ArticleRow[]>(await this.graph.read(E.ARTICLES_OF_ENTITIES, { ids, first: int(first), ...range }), 'articles');
  }

  async mentionsOf(ids: readonly string[], first: number, range: DateRange = NO_RANGE) {
    return byId<MentionRow[]>(await this.graph.read(E.MENTIONS_OF_ENTITIES, { ids, first: int(first), ...range }), 'mentions');
  }

  /** Mentions, claims and articles per date bucket (`unit`: day, week, month); see TIMELINE_OF_ENTITY. */
  async timeline(
    id: string,
    unit: string,
    range: DateRange,
  ): Promise<Array<{ start: string; mentions: number; claims: number; articles: number }>> {
    const rows = await this.graph.read(T.TIMELINE_OF_ENTITY, { id, unit, ...range });
    return rows.map((r) => ({
      start: r.start as string,
      mentions: toNumber(r.mentions),
      claims: toNumber(r.claims),
      articles: toNumber(r.articles),
    }));
  }

  /** `first` rows after the cursor (read one more than a page to learn whether another follows). */
  async entityPage(kind: string | null, orderBy: string, after: EntityAfter | null, first: number): Promise<Page<EntityRow>> {
    const query = orderBy === 'NAME_ASC' ? E.ENTITY_PAGE_BY_NAME : E.ENTITY_PAGE_BY_MENTIONS;
    const keyset = {
      afterId: after?.id ?? null,
      afterCount: int(after?.mentionCount ?? 0),
      maxCount: int(after?.mentionCount ?? Number.MAX_SAFE_INTEGER),
      afterName: after?.name ?? null,
    };
    const [rows, count] = await Promise.all([
      this.graph.read(query, { kind, ...keyset, first: int(first) }),
      this.graph.read(kind ? E.ENTITY_COUNT_OF_KIND : E.ENTITY_COUNT, { kind }),
    ]);
    return { items: rows.map((r) => plain<EntityRow>(r.entity)), totalCount: toNumber(count[0]?.total) };
  }

  async search(text: string, kinds: string[] | null, first: number): Promise<SearchHitRow[]> {
    return (await this.searchPage(text, kinds, null, first, false)).items;
  }

  /**
   * Ranked hits after a keyset cursor; with `count`, also how many hits there are in all
   * (of the first SEARCH_CANDIDATES the index returns, which bounds how deep paging goes).
   */
  async searchPage(
    text: string,
    kinds: string[] | null,
    after: SearchAfter | null,
    first: number,
    count = true,
  ): Promise<Page<SearchHitRow>> {
    const query = luceneQuery(text, { fuzzy: true });
    const name = normalizeName(text.slice(0, 200));
    if (!query && !name) return { items: [], totalCount: 0 };
    const aliasKeys = ENTITY_TYPES.filter((t) => !kinds || kinds.includes(t)).map((t) => `${t}|${name}`);
    const candidates = after || count ? SEARCH_CANDIDATES : Math.max(first * 5, 50);
    const params = {
      query,
      kinds,
      aliasKeys,
      exact: text.trim().toLowerCase(),
      first: int(first),
      candidates: int(candidates),
      afterExact: after?.exact ?? null,
      afterScore: after?.score ?? null,
      afterCount: int(after?.mentionCount ?? 0),
      afterId: after?.id ?? null,
    };
    const [rows, total] = await Promise.all([
      this.graph.read(query ? E.SEARCH_ENTITIES : E.SEARCH_ENTITIES_EXACT, params),
      count ? this.graph.read(query ? E.SEARCH_COUNT : E.SEARCH_COUNT_EXACT, params) : Promise.resolve([]),
    ]);
    const items = rows.map((r) => ({ score: Number(r.score), exact: toNumber(r.exact), entity: plain<EntityRow>(r.entity) }));
    return { items, totalCount: count ? toNumber(total[0]?.total) : items.length };
  }

  async articlesByIds(ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    const rows = await this.graph.read(A.ARTICLES_BY_IDS, { ids });
    return new Map(rows.map((r) => [plain<ArticleRow>(r.article).id, plain<ArticleRow>(r.article)]));
  }

  /** Article bodies, which article rows leave out. */
  async articleTextsByIds(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.graph.read(A.ARTICLE_TEXTS, { ids });
    return new Map(rows.map((r) => [r.id as string, r.text as string]));
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

  /** A page of articles, of all or of those mentioning the entity `mentioning`. */
  async articlePage(
    after: ArticleAfter | null,
    first: number,
    order: 'NEWEST_FIRST' | 'OLDEST_FIRST',
    range: DateRange,
    mentioning: string | null = null,
  ): Promise<Page<ArticleRow>> {
    const keyset = { hasAfter: after !== null, afterDate: after?.publishedAt ?? null, afterId: after?.id ?? null };
    const page = A.ARTICLE_PAGE[mentioning ? 'mentioning' : 'all'][order];
    const dated = range.from !== null || range.to !== null;
    const count = mentioning ? A.ARTICLE_COUNT_MENTIONING : dated ? A.ARTICLE_COUNT_IN_RANGE : A.ARTICLE_COUNT;
    const [rows, total] = await Promise.all([
      this.graph.read(page, { ...keyset, ...range, entity: mentioning, first: int(first) }),
      this.graph.read(count, { ...range, entity: mentioning }),
    ]);
    return { items: rows.map((r) => plain<ArticleRow>(r.article)), totalCount: toNumber(total[0]?.total) };
  }

  async claimPage(filter: ClaimFilter, after: ClaimAfter | null, first: number): Promise<Page<ClaimRow>> {
    const built = buildClaimsPage(filter, after, first);
    if (!built) return { items: [], totalCount: 0 };
    const { page, count } = built;
    const [rows, total] = await Promise.all([
      this.graph.read(page.cypher, { ...page.params, first: int(first) }),
      this.graph.read(count.cypher, count.params),
    ]);
    return { items: rows.map((r) => plain<ClaimRow>(r.claim)), totalCount: toNumber(total[0]?.total) };
  }

  /** Facts of some types (of all entities, or of `of.entity` in `of.direction`), most confident first, after a keyset cursor, with their ends' entities. */
  async relationshipPage(
    types: readonly FactType[],
    minConfidence: number,
    after: { confidence: number; id: string } | null,
    first: number,
    of: { entity: string; direction: string } | null = null,
  ) {
    const { page, count } = of ? { page: RELATIONSHIP_PAGE_OF_ENTITY, count: RELATIONSHIP_COUNT_OF_ENTITY } : buildRelationshipsPage(types);
    const params = {
      ...of,
      types: types.length ? types : null,
      minConfidence,
      first: int(first),
      maxConfidence: after?.confidence ?? 1e9,
      afterConfidence: after?.confidence ?? 0,
      afterId: after?.id ?? null,
    };
    const [rows, total] = await Promise.all([this.graph.read(page, params), this.graph.read(count, params)]);
    return {
      items: rows.map((r) => plain<RelationshipRow>(r.relationship)),
      ends: rows.flatMap((r) => [plain<EntityRow>(r.source), plain<EntityRow>(r.target)]),
      totalCount: toNumber(total[0]?.total),
    };
  }

  async coMentions(id: string, level: 'SENTENCE' | 'ARTICLE', kinds: string[] | null, first: number): Promise<CoMentionRow[]> {
    const rows = await this.graph.read(level === 'ARTICLE' ? M.CO_MENTIONS_IN_ARTICLES : M.CO_MENTIONS_IN_SENTENCES, {
      id,
      kinds,
      first: int(first),
    });
    return rows.map((r) => ({ entity: plain<EntityRow>(r.entity), count: toNumber(r.count), examples: r.examples as string[] }));
  }

  /** Co-mention pairs among the entities, each once, with how many sentences (or articles) mention both. */
  async coMentionEdges(
    ids: readonly string[],
    level: 'SENTENCE' | 'ARTICLE',
  ): Promise<Array<{ source: string; target: string; weight: number }>> {
    const rows = await this.graph.read(level === 'ARTICLE' ? M.CO_MENTION_EDGES_IN_ARTICLES : M.CO_MENTION_EDGES_IN_SENTENCES, { ids });
    return rows.map((r) => ({ source: r.source as string, target: r.target as string, weight: toNumber(r.weight) }));
  }

  async shortestPath(from: string, to: string, maxHops: number): Promise<PathRow | null> {
    const [row] = await this.graph.read(G.shortestPathQuery(maxHops), { from, to });
    return row ? { nodes: plain<EntityRow[]>(row.nodes), relationships: plain<RelationshipRow[]>(row.relationships) } : null;
  }

  /**
   * Breadth-first from the seeds, one query per level, then the facts among what was reached
   * (without evidence, which the API loads when asked for, or with all of it for exports),
   * at most `maxFacts` of them (more marks the subgraph truncated).
   */
  async subgraph(
    seeds: string[],
    depth: number,
    limit: number,
    kinds: string[] | null,
    types: string[] | null,
    evidence: 'none' | 'all' = 'none',
    maxFacts = 2 ** 31 - 2,
  ): Promise<SubgraphRow> {
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
      this.graph.read(evidence === 'all' ? G.FACTS_AMONG_IDS_ALL_EVIDENCE : G.FACTS_AMONG_IDS, { ids, types, maxFacts: int(maxFacts + 1) }),
    ]);
    const relationshipsTruncated = facts.length > maxFacts;
    if (relationshipsTruncated) facts.length = maxFacts;
    const order = new Map(ids.map((id, i) => [id, i]));
    return {
      nodes: nodes.map((r) => plain<EntityRow>(r.entity)).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
      relationships: facts.map((r) => plain<RelationshipRow>(r.relationship)),
      truncated: truncated || relationshipsTruncated,
      nodesTruncated: truncated,
      relationshipsTruncated,
    };
  }

  /**
   * A neighbourhood ranked by the strength of its ties: each hop keeps, for every node, the
   * `k` strongest neighbours not yet reached (k the largest with 1 + k + … + k^depth ≤
   * limit), read from the ranked list each entity keeps (STRONGEST_TIES), so a hub costs
   * what it returns, not what it holds. The facts are one per pair of returned nodes, found
   * in the same lists and read by id: the tie that reached each node, then the strongest
   * pairs, at most `factsPerNode` per node returned — around a hub nearly every two
   * neighbours share a fact, and all of them would grow the answer with the corpus.
   * Filtered neighbourhoods (kinds, types) and hops wider than STRONGEST_KEPT walk facts as
   * subgraph() does, at most `factsPerNode` per node of `limit`.
   */
  async neighborhood(
    seed: string,
    depth: number,
    limit: number,
    kinds: string[] | null,
    types: string[] | null,
    factsPerNode: number,
  ): Promise<SubgraphRow> {
    const k = neighboursPerNode(limit, depth);
    if (kinds || types || k > G.STRONGEST_KEPT) return this.subgraph([seed], depth, limit, kinds, types, 'none', limit * factsPerNode);
    // Enough of each list to find k neighbours not reached yet, however many of its first entries were.
    const takeCount = Math.min(G.STRONGEST_KEPT, 2 * k + 8);
    const take = int(takeCount);
    const reached = new Map<string, RankedTies>();
    // The fact through which each node was first reached: kept whatever the cap, so the answer stays connected.
    const reachedBy: string[] = [];
    let frontier = [seed];
    let nodesTruncated = false;
    // Nodes taken into the walk, the seed included: k ≥ 1 alone would let a limit below
    // depth + 1 be passed.
    let admitted = 1;
    const cutAt: Array<{ id: string; lastKept: string }> = [];
    for (let level = 0; frontier.length; level += 1) {
      const rows = await this.graph.read(G.STRONGEST_TIES, { ids: frontier, take });
      const byId = new Map(rows.map((r) => [plain<EntityRow>(r.entity).id, rankedTies(r)]));
      const next: string[] = [];
      // In rank order, so a node's place in the answer follows the strength of the ties that reached it.
      for (const id of frontier) {
        const ties = byId.get(id);
        if (!ties) continue; // a tie to an entity merged or deleted since it was ranked
        reached.set(id, ties);
        if (level === depth) continue;
        let kept = 0;
        let lastSeen: string | undefined;
        let cut = false;
        for (const [j, n] of ties.neighbours.entries()) {
          if (reached.has(n) || next.includes(n) || frontier.includes(n)) {
            lastSeen = n;
            continue;
          }
          if (kept === k || admitted === limit) {
            cut = true;
            break;
          }
          admitted += 1;
          next.push(n);
          reachedBy.push(ties.facts[j]!);
          kept += 1;
          lastSeen = n;
        }
        // A full slice may hide more neighbours than it showed.
        if (kept < k && ties.neighbours.length === takeCount) cut = true;
        if (cut && lastSeen) cutAt.push({ id, lastKept: lastSeen });
        nodesTruncated ||= cut;
      }
      frontier = level < depth ? next : [];
    }
    const { facts, truncated: relationshipsTruncated } = strongestPairs(reached, reachedBy, factsPerNode * reached.size);
    // Facts by id only: type and ends are in the id, the rest loads if a request asks for it.
    return {
      nodes: [...reached.values()].map((t) => t.entity),
      relationships: facts.map(factRef),
      truncated: nodesTruncated || relationshipsTruncated,
      nodesTruncated,
      relationshipsTruncated,
      neighboursPerNode: k,
      cutAt,
    };
  }

  /** Facts by id, one indexed seek per type (an id carries its type). */
  async factsByIds(ids: readonly string[]): Promise<Map<string, RelationshipRow>> {
    const byType = new Map<string, string[]>();
    for (const id of ids) {
      const type = factType(id);
      if (!type || !Object.hasOwn(G.FACTS_BY_IDS, type)) continue;
      byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const rows = await Promise.all(
      [...byType].map(([type, group]) => this.graph.read(G.FACTS_BY_IDS[type as keyof typeof G.FACTS_BY_IDS], { ids: group })),
    );
    return new Map(
      rows
        .flat()
        .map((r) => plain<RelationshipRow>(r.relationship))
        .map((r) => [r.id, r]),
    );
  }

  /** Each entity's ranked ties as kept at load. */
  async rankedTiesOf(ids: readonly string[]): Promise<Map<string, RankedTiesRow>> {
    const rows = await this.graph.read(G.TIES_OF_ENTITIES, { ids });
    return new Map(rows.map((r) => [r.id as string, { neighbours: r.neighbours as string[], facts: r.facts as string[] }]));
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
