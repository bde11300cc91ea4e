/**
 * The analyst and dashboard operations the query benchmark runs, each over a rotating set
 * of inputs drawn from the loaded graph, and the exact Cypher each one sends to Neo4j,
 * captured from the API itself so that the bare-driver side runs the same statements.
 */
import type { Graph, Params } from '../src/graph/driver.js';
import { createApp } from '../src/server/app.js';
import { CURSORS } from '../src/resolvers/cursors.js';

export interface Operation {
  name: string;
  query: string;
  /** Variables for input number i (inputs rotate). */
  variables(i: number): Record<string, unknown>;
}

interface Sample {
  id: string;
  name: string;
  /** For an industry: the cursor after its 20th claim (the second page). */
  secondClaimPage?: string;
}

/** One statement the API sent, and the statements that ran beside it (a DataLoader wave). */
export interface CapturedStatement {
  cypher: string;
  params: Params;
}
export type CapturedRequest = CapturedStatement[][];

/** What one operation sent to Neo4j for each input, and how large its answers were. */
export interface CapturedOperation {
  requests: CapturedRequest[];
  /** Per input: the rows Neo4j returned over all statements, and the API's response body. */
  rowsFromNeo4j: number[];
  responseBytes: number[];
}

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name kind mentionCount aliases
    relationships(first: 20) {
      id type role confidence
      source { id name kind }
      target { id name kind }
      evidence { sentence { id text } article { id title } }
    }
  }
}`;

const SEARCH = `query Search($q: String!) { search(query: $q, first: 10) { score entity { id name kind mentionCount } } }`;

const CLAIMS = `query ClaimsAbout($about: ID!, $after: String) {
  claims(about: $about, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text form confidence speaker { id name } evidence { id text } } }
  }
}`;

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    truncated
    nodes { id name kind }
    relationships { id type source { id } target { id } }
  }
}`;

const PATH = `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id name kind } relationships { id type } } }`;

const STATS = `query Stats {
  stats {
    articles sentences entities relationships claims
    entitiesByKind { key count }
    relationshipsByType { key count }
    topEntities(first: 10) { id name mentionCount }
  }
}`;

const PEOPLE_PAGE = `query People($after: String) { entities(kind: PERSON, first: 20, after: $after) { totalCount edges { cursor node { id name mentionCount } } } }`;

/**
 * Entities at log-spaced popularity ranks (1, 2, 4, …, the tail), so lookups cover the few
 * very frequent entities and the long tail alike; industries by mention count.
 */
export async function chooseInputs(graph: Graph, count = 16): Promise<{ entities: Sample[]; industries: Sample[]; peoplePages: string[] }> {
  const ranked = await graph.read<Sample>('MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY e.mentionCount DESC, e.id');
  const industries = await graph.read<Sample & { last: { articleId: string; id: string } | null }>(
    `MATCH (e:Industry) WITH e ORDER BY e.mentionCount DESC, e.id LIMIT toInteger($count)
    RETURN e.id AS id, e.name AS name, COLLECT { MATCH (e)<-[:ABOUT]-(c:Claim) RETURN c { .articleId, .id } ORDER BY c.articleId, c.id }[19] AS last`,
    { count },
  );
  if (ranked.length < 2 || !industries.length) throw new Error('the benchmark graph has too few entities to choose inputs from');
  const ranks = new Set(
    Array.from({ length: count }, (_, i) => Math.min(ranked.length - 1, Math.floor(Math.pow(ranked.length, i / (count - 1))) - 1)),
  );
  // Keyset cursors of people pages 3 to 6 (after the 40th, 60th, … person), as a client paging would hold.
  const people = await graph.read<{ mentionCount: number; id: string }>(
    'MATCH (e:Person) RETURN e.mentionCount AS mentionCount, e.id AS id ORDER BY e.mentionCount DESC, e.id LIMIT 120',
  );
  const peoplePages = [39, 59, 79, 99]
    .map((i) => people[Math.min(i, people.length - 1)])
    .filter((p) => p !== undefined)
    .map((p) => CURSORS.entitiesByMentions.encode({ mentionCount: Number(p.mentionCount), id: p.id }));
  return {
    entities: [...ranks].map((r) => ranked[r]!),
    industries: industries.map(({ id, name, last }) => ({ id, name, ...(last ? { secondClaimPage: CURSORS.claims.encode(last) } : {}) })),
    peoplePages,
  };
}

export function operations(inputs: { entities: Sample[]; industries: Sample[]; peoplePages: string[] }): Operation[] {
  const { entities, industries, peoplePages } = inputs;
  const entity = (i: number) => entities[i % entities.length]!;
  return [
    { name: 'entity by id + relationships', query: ENTITY, variables: (i) => ({ id: entity(i).id }) },
    { name: 'search', query: SEARCH, variables: (i) => ({ q: entity(i).name.split(' ')[0]! }) },
    {
      name: 'claims about industry, page 2',
      query: CLAIMS,
      variables: (i) => ({
        about: industries[i % industries.length]!.id,
        after: industries[i % industries.length]!.secondClaimPage ?? null,
      }),
    },
    { name: '2-hop neighbourhood', query: NEIGHBOURHOOD, variables: (i) => ({ id: entity(i).id }) },
    { name: 'shortest path', query: PATH, variables: (i) => ({ from: entity(i).id, to: entity(i + 1).id }) },
    { name: 'stats', query: STATS, variables: () => ({}) },
    {
      name: 'people page 3',
      query: PEOPLE_PAGE,
      variables: (i) => ({ after: peoplePages.length ? peoplePages[i % peoplePages.length]! : null }),
    },
  ];
}

/**
 * Runs each operation once per input through an in-process API, recording the Cypher it
 * sends. Statements that start before any earlier one of the request finished were sent
 * together (one resolver level, batched by DataLoader) and are replayed together. The
 * answers' sizes are kept too: an operation whose answer grows with the graph (the
 * facts among a hub's neighbours) cannot keep its latency flat, and the figures say so.
 */
export async function captureCypher(graph: Graph, ops: Operation[], inputs: number): Promise<Map<string, CapturedOperation>> {
  const app = await createApp({ graph });
  const port = await app.listen(0, '127.0.0.1');
  let waves: CapturedRequest = [];
  let rows = 0;
  let finishedSinceWave = true;
  const originalRead = graph.read.bind(graph);
  graph.read = (async (cypher: string, params: Params = {}) => {
    if (finishedSinceWave) waves.push([]);
    finishedSinceWave = false;
    waves.at(-1)!.push({ cypher, params });
    try {
      const result = await originalRead(cypher, params);
      rows += result.length;
      return result;
    } finally {
      finishedSinceWave = true;
    }
  }) as Graph['read'];
  try {
    const captured = new Map<string, CapturedOperation>();
    for (const op of ops) {
      const operation: CapturedOperation = { requests: [], rowsFromNeo4j: [], responseBytes: [] };
      for (let i = 0; i < inputs; i += 1) {
        waves = [];
        rows = 0;
        finishedSinceWave = true;
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables(i) }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as { errors?: Array<{ message: string }> };
        if (response.status !== 200 || body.errors)
          throw new Error(`${op.name} failed while capturing: ${JSON.stringify(body.errors ?? response.status)}`);
        operation.requests.push(waves);
        operation.rowsFromNeo4j.push(rows);
        operation.responseBytes.push(Buffer.byteLength(text));
      }
      captured.set(op.name, operation);
    }
    return captured;
  } finally {
    graph.read = originalRead;
    await app.stop();
  }
}
