import { CLAIM } from '../queries/projections.js';
import { luceneQuery } from './lucene.js';

export interface ClaimFilter {
  speaker?: string | null | undefined;
  about?: string | null | undefined;
  article?: string | null | undefined;
  search?: string | null | undefined;
}

export interface BuiltQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The claims page for a filter: each filter adds one pattern, all values travel as
 * parameters. Returns the page query and the matching count query.
 */
export function buildClaimsPage(filter: ClaimFilter, offset: number, first: number): { page: BuiltQuery; count: BuiltQuery } {
  const params: Record<string, unknown> = { offset, first };
  const lines: string[] = [];
  const search = filter.search ? luceneQuery(filter.search) : null;
  if (search) {
    lines.push("CALL db.index.fulltext.queryNodes('claim_search', $search) YIELD node AS c");
    params.search = search;
  } else if (filter.article) {
    lines.push('MATCH (c:Claim {articleId: $article})');
  } else {
    lines.push('MATCH (c:Claim)');
  }
  const where: string[] = [];
  if (filter.article) {
    params.article = filter.article;
    if (search) where.push('c.articleId = $article');
  }
  if (filter.speaker) {
    params.speaker = filter.speaker;
    where.push('EXISTS { (c)-[:STATED_BY]->(:Entity {id: $speaker}) }');
  }
  if (filter.about) {
    params.about = filter.about;
    where.push('EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) }');
  }
  if (where.length) lines.push(`WHERE ${where.join(' AND ')}`);
  const match = lines.join('\n');
  return {
    page: { cypher: `${match}\nRETURN ${CLAIM('c')} AS claim\nORDER BY c.articleId, c.id\nSKIP $offset LIMIT $first`, params },
    count: { cypher: `${match}\nRETURN count(c) AS total`, params },
  };
}
