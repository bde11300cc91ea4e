import { CLAIM, storeCount } from '../queries/projections.js';
import type { ClaimAfter } from '../rows.js';
import { luceneQuery } from './lucene.js';

export interface ClaimFilter {
  speaker?: string | null | undefined;
  about?: string | null | undefined;
  article?: string | null | undefined;
  search?: string | null | undefined;
  /** Publication-date window of the claim's article: `from` inclusive, `to` exclusive (ISO date-times). */
  from?: string | null | undefined;
  to?: string | null | undefined;
}

export interface BuiltQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * How a page of one entity's claims is found: walk the entity's claims and sort them all
 * (`expand`), or walk all claims in `articleId` index order from the cursor and keep the
 * entity's until the page is full (`scan`). `auto` decides per request inside the query;
 * the other two exist so tests can check that both return the same page.
 */
export type EntityPageStrategy = 'auto' | 'expand' | 'scan';

/** How many claims link to the entity bound to `v`: its degree, read in O(1). */
const claimDegree = (v: string, link: 'STATED_BY' | 'ABOUT') => `COUNT { (${v})<-[:${link}]-() }`;

/**
 * Claims come in (articleId, id) order; a page starts after the cursor's pair. With no
 * cursor `$afterArticle` is '' and `$afterId` null, so the first condition holds for all.
 */
const AFTER = `(c.articleId > $afterArticle OR (c.articleId = $afterArticle AND c.id > $afterId))`;
const AFTER_OR_FIRST = `($afterId IS NULL OR ${AFTER})`;

/*
 * Expanding costs the entity's degree d; scanning from the cursor costs about first ×
 * claims / d index entries, since article ids are hashes and so spread an entity's claims
 * evenly through the index. Scanning wins when d² > first × claims: for a frequent subject
 * (24 600 claims about healthcare at 10 000 articles) the page is read in 3 ms instead of
 * 29 ms, and its cost grows neither with the entity nor with how deep the page is. Each
 * branch sits behind its guard in its own CALL, so the branch not taken never runs.
 */
function oneEntityPage(link: 'STATED_BY' | 'ABOUT', param: '$speaker' | '$about', strategy: EntityPageStrategy): string {
  const expand = `MATCH (anchor)<-[:${link}]-(c:Claim)
  WHERE ${AFTER_OR_FIRST}
  RETURN c ORDER BY c.articleId, c.id LIMIT $first`;
  const scan = `CALL (anchor) {
    MATCH (c:Claim) USING INDEX c:Claim(articleId)
    WHERE c.articleId >= $afterArticle AND ${AFTER_OR_FIRST} AND EXISTS { (c)-[:${link}]->(anchor) }
    RETURN c ORDER BY c.articleId, c.id LIMIT $first
  }
  RETURN c`;
  const branches =
    strategy === 'auto'
      ? `WITH anchor WHERE degree * degree <= $first * claims
  ${expand}
  UNION ALL
  WITH anchor WHERE degree * degree > $first * claims
  ${scan}`
      : strategy === 'expand'
        ? expand
        : scan;
  return `MATCH (anchor:Entity {id: ${param}})
${storeCount('claims', '(:Claim)')}
WITH anchor, claims, ${claimDegree('anchor', link)} AS degree
CALL (anchor, claims, degree) {
  ${branches}
}
RETURN ${CLAIM('c')} AS claim`;
}

/**
 * The claims page for a filter: each filter adds one pattern, all values travel as
 * parameters. Claims of one entity alone take the cheaper of the two walks above; other
 * filters start from the most selective anchor — the full-text index, the article index,
 * the speaker or subject by id (inside CALL, so the planner cannot trade it for a walk of
 * the whole claim index in sort order), or the articles of a date window through the date
 * index. The page is sorted and cut before claims are projected, and a count that is only
 * "claims of this entity" is read from the degree. `first` is the rows to read (callers ask
 * for one more than they show, to learn whether a next page exists). Null when no claim can
 * match: search text with no searchable word.
 */
export function buildClaimsPage(
  filter: ClaimFilter,
  after: ClaimAfter | null,
  first: number,
  strategy: EntityPageStrategy = 'auto',
): { page: BuiltQuery; count: BuiltQuery } | null {
  const params: Record<string, unknown> = { first, afterArticle: after?.articleId ?? '', afterId: after?.id ?? null };
  // Text with no searchable word ("the", "*") matches no claim; an empty box filters nothing.
  const search = filter.search?.trim() ? luceneQuery(filter.search) : null;
  if (filter.search?.trim() && !search) return null;
  const dated = Boolean(filter.from || filter.to);
  if (filter.speaker) params.speaker = filter.speaker;
  if (filter.about) params.about = filter.about;
  if (filter.article) params.article = filter.article;
  if (search) params.search = search;
  if (dated) Object.assign(params, { from: filter.from ?? null, to: filter.to ?? null });

  const onlyEntity = !search && !filter.article && !dated && (filter.speaker ? !filter.about : Boolean(filter.about));
  if (onlyEntity) {
    const [link, param] = filter.speaker ? (['STATED_BY', '$speaker'] as const) : (['ABOUT', '$about'] as const);
    return {
      page: { cypher: oneEntityPage(link, param, strategy), params },
      count: { cypher: `MATCH (e:Entity {id: ${param}})\nRETURN ${claimDegree('e', link)} AS total`, params },
    };
  }

  let anchor: string;
  let anchored: 'speaker' | 'about' | null = null;
  const where: string[] = [];
  if (search) {
    anchor = "CALL db.index.fulltext.queryNodes('claim_search', $search) YIELD node AS c";
    if (filter.article) where.push('c.articleId = $article');
  } else if (filter.article) {
    anchor = 'MATCH (c:Claim {articleId: $article})';
  } else if (filter.speaker) {
    anchor = 'MATCH (anchor:Entity {id: $speaker})\nCALL (anchor) { MATCH (anchor)<-[:STATED_BY]-(c:Claim) RETURN c }';
    anchored = 'speaker';
  } else if (filter.about) {
    anchor = 'MATCH (anchor:Entity {id: $about})\nCALL (anchor) { MATCH (anchor)<-[:ABOUT]-(c:Claim) RETURN c }';
    anchored = 'about';
  } else if (dated) {
    anchor = `MATCH (a:Article) WHERE a.publishedAt >= coalesce($from, '') AND ($to IS NULL OR a.publishedAt < $to)
CALL (a) { MATCH (c:Claim {articleId: a.id}) RETURN c }`;
  } else {
    anchor = 'MATCH (c:Claim)';
  }
  if (filter.speaker && anchored !== 'speaker') where.push('EXISTS { (c)-[:STATED_BY]->(:Entity {id: $speaker}) }');
  if (filter.about && anchored !== 'about') where.push('EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) }');
  if (dated && (search || filter.article || anchored)) {
    where.push(
      "EXISTS { MATCH (a:Article {id: c.articleId}) WHERE a.publishedAt >= coalesce($from, '') AND ($to IS NULL OR a.publishedAt < $to) }",
    );
  }
  // A WITH before the filter: a CALL subquery or a procedure call cannot be followed by WHERE.
  const match = where.length ? `${anchor}\nWITH c WHERE ${where.join(' AND ')}` : anchor;
  return {
    page: {
      cypher: `${match}\nWITH c WHERE ${AFTER_OR_FIRST}\nWITH c ORDER BY c.articleId, c.id LIMIT $first\nRETURN ${CLAIM('c')} AS claim`,
      params,
    },
    count: { cypher: `${match}\nRETURN count(c) AS total`, params },
  };
}
