import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datedApi } from '../helpers/dated-corpus.js';
import type { SeededApi } from '../helpers/api.js';

let api: SeededApi;

interface ClaimSeen {
  id: string;
  text: string;
  quote: string | null;
  speaker: { id: string } | null;
  about: Array<{ id: string }>;
  article: { id: string };
}

const all: ClaimSeen[] = [];

const CLAIM_FIELDS = 'id text quote speaker { id } about { id } article { id }';

/** Posts `query` over HTTP while collecting what the server writes to stderr. */
async function postCapturingStderr(query: string): Promise<{ response: Response; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { response, lines };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  api = await datedApi();
  let after: string | null = null;
  do {
    const { body } = await api.gql(
      `query($after: String) { claims(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${CLAIM_FIELDS} } } }`,
      { after },
    );
    expect(body.errors).toBeUndefined();
    all.push(...body.data!.claims.nodes);
    after = body.data!.claims.pageInfo.hasNextPage ? body.data!.claims.pageInfo.endCursor : null;
  } while (after);
});
afterAll(async () => api?.close());

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** What the claim search matches: a word of the claim's text or quote starting with the searched word. */
const wordsOf = (claim: ClaimSeen) => fold(`${claim.text} ${claim.quote ?? ''}`).split(/[^\p{L}\p{N}]+/u);

type Filter = { speaker?: string; about?: string; article?: string; search?: string };

function expected(filter: Filter): string[] {
  return all
    .filter((c) => !filter.speaker || c.speaker?.id === filter.speaker)
    .filter((c) => !filter.about || c.about.some((a) => a.id === filter.about))
    .filter((c) => !filter.article || c.article.id === filter.article)
    .filter((c) => !filter.search || wordsOf(c).some((w) => w.startsWith(fold(filter.search!))))
    .map((c) => c.id)
    .sort();
}

async function served(filter: Filter): Promise<{ ids: string[]; totalCount: number }> {
  const { body } = await api.gql(
    `query($speaker: ID, $about: ID, $article: ID, $search: String) {
      claims(speaker: $speaker, about: $about, article: $article, search: $search, first: 100) { totalCount nodes { id } } }`,
    filter,
  );
  expect(body.errors, JSON.stringify(filter)).toBeUndefined();
  return { ids: body.data!.claims.nodes.map((c: { id: string }) => c.id).sort(), totalCount: body.data!.claims.totalCount };
}

/** Every subset of the four filters. */
const KEYS = ['speaker', 'about', 'article', 'search'] as const;
const SUBSETS = Array.from({ length: 1 << KEYS.length }, (_, mask) => KEYS.filter((_, i) => mask & (1 << i)));

describe('claims filters, every combination, against Neo4j', () => {
  it('has a claim with a speaker, a subject and a searchable word to filter by', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((c) => c.speaker && c.about.length)).toBe(true);
  });

  it.each(SUBSETS.map((keys) => [keys.join(' + ') || '(none)', keys] as const))('%s', async (_name, keys) => {
    // Values taken from one claim, so every combination has at least that claim to find.
    const candidates = all.filter((c) => c.speaker && c.about.length);
    for (const claim of candidates.slice(0, 3)) {
      const word = wordsOf(claim)
        .filter((w) => w.length >= 6)
        .sort((a, b) => b.length - a.length)[0]!;
      const values: Required<Filter> = { speaker: claim.speaker!.id, about: claim.about[0]!.id, article: claim.article.id, search: word };
      const filter: Filter = Object.fromEntries(keys.map((k) => [k, values[k]]));
      const want = expected(filter);
      expect(want, JSON.stringify(filter)).toContain(claim.id);
      const got = await served(filter);
      expect(got.ids, JSON.stringify(filter)).toEqual(want.slice(0, 100));
      expect(got.totalCount, JSON.stringify(filter)).toBe(want.length);
    }
  });

  it('answers an empty page, not an error, when the filters exclude each other', async () => {
    const [a, b] = [all.find((c) => c.speaker)!, all.find((c) => c.about.length)!];
    const other = all.find((c) => c.article.id !== a.article.id)!;
    const got = await served({ speaker: a.speaker!.id, about: b.about[0]!.id, article: other.article.id, search: 'zzzzqqq' });
    expect(got).toEqual({ ids: [], totalCount: 0 });
  });

  it('refuses an empty id filter rather than ignoring it (it answered every claim)', async () => {
    for (const argument of ['speaker', 'about', 'article']) {
      const { body } = await api.gql(`{ claims(${argument}: "", first: 5) { totalCount } }`);
      expect(body.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('unexpected errors', () => {
  it('are masked for the client, logged on one stderr line with the stack, and share a request id', async () => {
    // A claim with a form the API has no value for: data no loader can serve, so a real server-side failure.
    const [row] = await api.graph.read('MATCH (c:Claim) RETURN c.articleId AS articleId LIMIT 1');
    await api.graph.write((tx) =>
      tx.run("CREATE (:Claim {id: 'claim:corrupt', text: 'x', sentence: 'x', form: 'shouted', confidence: 0.5, articleId: $a})", {
        a: row!.articleId,
      }),
    );
    let sent: Awaited<ReturnType<typeof postCapturingStderr>>;
    try {
      sent = await postCapturingStderr('{ node(id: "claim:corrupt") { ... on Claim { id form } } }');
    } finally {
      await api.graph.write((tx) => tx.run("MATCH (c:Claim {id: 'claim:corrupt'}) DELETE c"));
    }
    const { response, lines } = sent;
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string; requestId: string } }> };
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
    const logged = lines.filter((l) => l.includes(requestId!));
    expect(logged).toHaveLength(1);
    expect(logged[0]!.trimEnd().split('\n')).toHaveLength(1);
    const entry = JSON.parse(logged[0]!);
    expect(entry).toMatchObject({ level: 'error', requestId, path: 'node.form' });
    expect(entry.stack).toMatch(/shouted[\s\S]*\n\s+at /);
  });

  it('are not logged for client errors, which still carry the request id header', async () => {
    const { response, lines } = await postCapturingStderr('{ entities(first: -1) { totalCount } }');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(lines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });
});
