/** The explorer's only server access: the public GraphQL API. */

export interface EntityView {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

export interface RelationshipView {
  id: string;
  type: string;
  role: string | null;
  confidence: number;
  source: EntityView;
  target: EntityView;
  evidence: Array<{ sentence: { text: string }; article: { title: string } }>;
}

export interface ClaimView {
  id: string;
  text: string;
  sentence: string;
  form: string;
  speaker: { name: string } | null;
  source: string | null;
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

const ENTITY = 'id name kind aliases';
const RELATIONSHIP = `id type role confidence source { ${ENTITY} } target { ${ENTITY} } evidence { sentence { text } article { title } }`;

export const searchEntities = (query: string) =>
  graphql<{ search: Array<{ score: number; entity: EntityView }> }>(
    `query($q: String!) { search(query: $q, first: 8) { score entity { ${ENTITY} } } }`,
    { q: query },
  ).then((d) => d.search.map((h) => h.entity));

export type EntityDetails = EntityView & { mentionCount: number; relationships: RelationshipView[]; claims: ClaimView[] };

const detailsCache = new Map<string, Promise<EntityDetails | null>>();

/** One entity with its facts and claims; asked once per page load (the explorer only reads). */
export function details(id: string): Promise<EntityDetails | null> {
  let cached = detailsCache.get(id);
  if (!cached) {
    cached = graphql<{ entity: EntityDetails | null }>(
      `query($id: ID!) { entity(id: $id) { ${ENTITY} mentionCount relationships(first: 50) { ${RELATIONSHIP} } claims(first: 30) { id text sentence form speaker { name } source } } }`,
      { id },
    ).then((d) => d.entity);
    // A failed request is not remembered, so trying again asks again.
    cached.catch(() => detailsCache.delete(id));
    detailsCache.set(id, cached);
  }
  return cached;
}

export const shortestPath = (from: string, to: string) =>
  graphql<{ path: { nodes: EntityView[]; relationships: RelationshipView[] } | null }>(
    `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) { nodes { ${ENTITY} } relationships { ${RELATIONSHIP} } } }`,
    { from, to },
  ).then((d) => d.path);
