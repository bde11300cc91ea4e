import { createHash } from 'node:crypto';
import { cursorCodec } from './paging.js';

/** The keyset cursor of each connection: the fields of its sort order, then the id. */
export const CURSORS = {
  entitiesByMentions: cursorCodec('entities:mentions', { mentionCount: 'number', id: 'string' }),
  entitiesByName: cursorCodec('entities:name', { name: 'string', id: 'string' }),
  articlesNewestFirst: cursorCodec('articles:newest', { publishedAt: 'string?', id: 'string' }),
  articlesOldestFirst: cursorCodec('articles:oldest', { publishedAt: 'string?', id: 'string' }),
  claims: cursorCodec('claims', { articleId: 'string', id: 'string' }),
  /** `scope` is the search it belongs to (searchScope): a score means nothing to another query. */
  search: cursorCodec('search', { scope: 'string', exact: 'number', score: 'number', mentionCount: 'number', id: 'string' }),
  relationships: cursorCodec('relationships', { confidence: 'number', id: 'string' }),
  /** A position in one entity's ranked ties: the entity and the last neighbour seen (see ties.ts). */
  ties: cursorCodec('ties', { entity: 'string', neighbour: 'string' }),
};

/** A search's text and kinds, as its cursors carry them. */
export const searchScope = (query: string, kinds: readonly string[] | null | undefined) =>
  createHash('sha256')
    .update(JSON.stringify([query, [...(kinds ?? [])].sort()]))
    .digest('base64url')
    .slice(0, 12);
