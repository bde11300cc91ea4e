import DataLoader from 'dataloader';
import type { GraphReader } from '../graph/reader.js';
import type { DateRange, EntityRow, RankedTiesRow, RelationshipRow } from '../graph/rows.js';
import type { MergeRecordRow } from '../graph/rows.js';

type Batch<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

function loader<V>(batch: Batch<V>, fallback: V): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const found = await batch(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/**
 * Per-request DataLoaders: every field that needs the graph asks one of these, so a
 * level of the query costs one Cypher round trip however many rows it has.
 */
export function createLoaders(reader: GraphReader) {
  const keyed = new Map<string, DataLoader<string, unknown>>();
  /** A loader per distinct argument set (e.g. relationships with types X, first 50). */
  function withArgs<V>(name: string, args: unknown, batch: Batch<V>, fallback: V): DataLoader<string, V> {
    const key = `${name}:${JSON.stringify(args)}`;
    let found = keyed.get(key) as DataLoader<string, V> | undefined;
    if (!found) {
      found = loader(batch, fallback);
      keyed.set(key, found as DataLoader<string, unknown>);
    }
    return found;
  }
  const entity = loader((ids) => reader.entitiesByIds(ids), null);
  const inHand = new Map<string, EntityRow>();
  /**
   * Entities a read already returned (a subgraph's nodes, a path's, facts' ends): later
   * lookups of them are answered from here and, through `entityInHand`, without a promise,
   * which for a neighbourhood's thousands of fact ends is most of graphql-js's work.
   */
  function holdEntities(rows: readonly EntityRow[]): void {
    for (const row of rows) {
      inHand.set(row.id, row);
      entity.prime(row.id, row);
    }
  }
  return {
    entity,
    holdEntities,
    entityInHand: (id: string): EntityRow | undefined => inHand.get(id),
    article: loader((ids) => reader.articlesByIds(ids), null),
    articleText: loader((ids) => reader.articleTextsByIds(ids), ''),
    sentence: loader((ids) => reader.sentencesByIds(ids), null),
    claim: loader((ids) => reader.claimsByIds(ids), null),
    evidence: loader((ids) => reader.evidenceOf(ids), [] as string[]),
    fact: loader((ids) => reader.factsByIds(ids), null as RelationshipRow | null),
    rankedTies: loader((ids) => reader.rankedTiesOf(ids), { neighbours: [], facts: [] } as RankedTiesRow),
    mergeRecords: loader((ids) => reader.mergeRecordsOf(ids), [] as MergeRecordRow[]),
    relationships: (types: string[] | null, direction: string, first: number) =>
      withArgs(
        'relationships',
        [types, direction, first],
        async (ids) => {
          const { facts, ends } = await reader.relationshipsOf(ids, types, direction, first);
          holdEntities(ends);
          return facts;
        },
        [],
      ),
    neighbors: (kinds: string[] | null, first: number) =>
      withArgs('neighbors', [kinds, first], (ids) => reader.neighborsOf(ids, kinds, first), []),
    claimsOf: (role: string, first: number) => withArgs('claimsOf', [role, first], (ids) => reader.claimsOf(ids, role, first), []),
    articlesOf: (first: number, range: DateRange) =>
      withArgs('articlesOf', [first, range], (ids) => reader.articlesOf(ids, first, range), []),
    mentionsOf: (first: number, range: DateRange) =>
      withArgs('mentionsOf', [first, range], (ids) => reader.mentionsOf(ids, first, range), []),
    sentencesOf: (first: number) => withArgs('sentencesOf', [first], (ids) => reader.sentencesOf(ids, first), []),
    claimsOfArticle: (first: number) => withArgs('claimsOfArticle', [first], (ids) => reader.claimsOfArticles(ids, first), []),
    entitiesOfArticle: (kinds: string[] | null, first: number) =>
      withArgs('entitiesOfArticle', [kinds, first], (ids) => reader.entitiesOfArticles(ids, kinds, first), []),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
