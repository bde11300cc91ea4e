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
 * parameters. The match starts from the most selective anchor — the full-text index, the
 * article index, or the speaker or subject entity by id (inside CALL, so the planner cannot
 * trade it for a walk of the whole claim index in sort order) — never from every claim. The page
 * is sorted and cut before claims are projected, and a count that is only "claims of this
 * entity" is read from the node's degree.
 */
export function buildClaimsPage(filter: ClaimFilter, offset: number, first: number): { page: BuiltQuery; count: BuiltQuery } {
  const params: Record<string, unknown> = { offset, first };
  const search = filter.search ? luceneQuery(filter.search) : null;
  const where: string[] = [];
  const speakerPattern = '(c)-[:STATED_BY]->(:Entity {id: $speaker})';
  const aboutPattern = '(c)-[:ABOUT]->(:Entity {id: $about})';
  if (filter.speaker) params.speaker = filter.speaker;
  if (filter.about) params.about = filter.about;
  if (filter.article) params.article = filter.article;
  if (search) params.search = search;

  let anchor: string;
  /** The entity filter the anchor already applies, so the WHERE need not repeat it. */
  let anchoredOn: 'speaker' | 'about' | undefined;
  if (search) {
    anchor = "CALL db.index.fulltext.queryNodes('claim_search', $search) YIELD node AS c";
    if (filter.article) where.push('c.articleId = $article');
  } else if (filter.article) {
    anchor = 'MATCH (c:Claim {articleId: $article})';
  } else if (filter.speaker) {
    anchor = 'MATCH (anchor:Entity {id: $speaker})\nCALL (anchor) { MATCH (anchor)<-[:STATED_BY]-(c:Claim) RETURN c }';
    anchoredOn = 'speaker';
  } else if (filter.about) {
    anchor = 'MATCH (anchor:Entity {id: $about})\nCALL (anchor) { MATCH (anchor)<-[:ABOUT]-(c:Claim) RETURN c }';
    anchoredOn = 'about';
  } else {
    anchor = 'MATCH (c:Claim)';
  }
  if (filter.speaker && anchoredOn !== 'speaker') where.push(`EXISTS { ${speakerPattern} }`);
  if (filter.about && anchoredOn !== 'about') where.push(`EXISTS { ${aboutPattern} }`);
  const match = where.length ? `${anchor}\nWHERE ${where.join(' AND ')}` : anchor;

  const onlyEntity = !search && !filter.article && (filter.speaker ? !filter.about : Boolean(filter.about));
  const count = onlyEntity
    ? `MATCH (e:Entity {id: ${filter.speaker ? '$speaker' : '$about'}})\nRETURN COUNT { (e)<-[:${filter.speaker ? 'STATED_BY' : 'ABOUT'}]-() } AS total`
    : `${match}\nRETURN count(c) AS total`;
  return {
    page: { cypher: `${match}\nWITH c ORDER BY c.articleId, c.id SKIP $offset LIMIT $first\nRETURN ${CLAIM('c')} AS claim`, params },
    count: { cypher: count, params },
  };
}
