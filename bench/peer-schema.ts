/**
 * newsgraph's graph model written as `@neo4j/graphql` type definitions, and the benchmark's
 * operations in the API it generates from them: the same data, read through the peer.
 */
import { FACT_TYPES } from '../src/graph/queries/graph.js';
import { luceneQuery } from '../src/graph/build/lucene.js';
import type { Operation } from './operations.js';

/** Every fact type in both directions, as a field each: the peer has no field spanning several relationship types. */
const factFields = FACT_TYPES.flatMap((type) => [
  `  out_${type}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Fact")`,
  `  in_${type}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Fact")`,
]).join('\n');

const kindType = (name: string) => `type ${name} @node(labels: ["${name}"]) { id: ID! name: String! mentionCount: Int }`;

export const PEER_TYPE_DEFS = `
type Fact @relationshipProperties { id: ID! role: String confidence: Float evidence: [String!] }

type Entity @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "aliasText"] }]) {
  id: ID!
  name: String!
  kind: String!
  aliases: [String!]
  aliasText: String
  mentionCount: Int
${factFields}
}

${['Person', 'Organization', 'Event', 'Place', 'Industry', 'Topic'].map(kindType).join('\n')}

type Article @node { id: ID! title: String! }
type Sentence @node { id: ID! text: String! }

type Claim @node {
  id: ID!
  text: String!
  form: String
  confidence: Float
  articleId: String
  speaker: [Entity!]! @relationship(type: "STATED_BY", direction: OUT)
  about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  evidence: [Sentence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
}
`;

const factConnections = FACT_TYPES.flatMap((type) =>
  ['out', 'in'].map(
    (way) => `${way}_${type}Connection(first: 20) { edges { properties { id role confidence evidence } node { id name kind } } }`,
  ),
).join('\n    ');

/** The peer's cursors are offsets, as graphql-relay writes them. */
const offsetCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`).toString('base64');

const ENTITY = `query Entity($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind mentionCount aliases
    ${factConnections}
  }
}`;

const SEARCH = `query Search($q: String!) { searchEntities(phrase: $q, first: 10) { edges { score node { id name kind mentionCount } } } }`;

const CLAIMS = `query ClaimsAbout($about: ID!, $after: String) {
  claimsConnection(where: { about: { some: { id: { eq: $about } } } }, first: 20, after: $after, sort: [{ articleId: ASC }, { id: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text form confidence speaker { id name } evidence { id text } } }
  }
}`;

const KINDS = {
  people: 'peopleConnection',
  organizations: 'organizationsConnection',
  events: 'eventsConnection',
  places: 'placesConnection',
  industries: 'industriesConnection',
  topics: 'topicsConnection',
};
const STATS = `query Stats {
  articles: articlesConnection { aggregate { count { nodes } } }
  sentences: sentencesConnection { aggregate { count { nodes } } }
  entities: entitiesConnection { aggregate { count { nodes } } }
  claims: claimsConnection { aggregate { count { nodes } } }
  ${Object.entries(KINDS)
    .map(([alias, field]) => `${alias}: ${field} { aggregate { count { nodes } } }`)
    .join('\n  ')}
  top: entities(sort: [{ mentionCount: DESC }], limit: 10) { id name mentionCount }
}`;

const PEOPLE_PAGE = `query People($after: String) { peopleConnection(first: 20, after: $after, sort: [{ mentionCount: DESC }, { id: ASC }]) { totalCount edges { cursor node { id name mentionCount } } } }`;

/**
 * The peer's version of each benchmark operation it can express, under the same name and
 * over the same rotating inputs. Where its answer differs from ours, `differs` says how.
 */
export function peerOperations(inputs: {
  entities: Array<{ id: string; name: string }>;
  industries: Array<{ id: string }>;
}): Array<Operation & { differs?: string }> {
  const { entities, industries } = inputs;
  const entity = (i: number) => entities[i % entities.length]!;
  return [
    {
      name: 'entity by id + relationships',
      query: ENTITY,
      variables: (i) => ({ id: entity(i).id }),
      differs:
        "up to 20 facts per type and direction (16 lists, not one list of 20); evidence as sentence ids, without the sentences' text or their articles, which it cannot join from ids",
    },
    // The same Lucene query newsgraph builds from the words (prefix and exact), passed as the phrase.
    { name: 'search', query: SEARCH, variables: (i) => ({ q: luceneQuery(entity(i).name.split(' ')[0]!) ?? 'a' }) },
    {
      name: 'claims about industry, page 2',
      query: CLAIMS,
      variables: (i) => ({ about: industries[i % industries.length]!.id, after: offsetCursor(19) }),
    },
    { name: 'stats', query: STATS, variables: () => ({}), differs: 'no fact counts by type (it counts relationships only from each node)' },
    { name: 'people page 3', query: PEOPLE_PAGE, variables: (i) => ({ after: offsetCursor(39 + (i % 4) * 20) }) },
  ];
}

/** Benchmark operations the peer's generated API has no way to ask. */
export const PEER_CANNOT_EXPRESS = [
  { operation: '2-hop neighbourhood', why: 'no variable-length traversal, bounded or ranked, over several relationship types' },
  { operation: 'shortest path', why: 'no path queries' },
  { operation: 'export (GraphML, GEXF, Cytoscape, CSV, JSON-LD, Cypher)', why: 'no subgraph value to export' },
];
