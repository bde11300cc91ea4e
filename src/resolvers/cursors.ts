import { cursorCodec } from './paging.js';

/** The keyset cursor of each connection: the fields of its sort order, then the id. */
export const CURSORS = {
  entitiesByMentions: cursorCodec('entities:mentions', { mentionCount: 'number', id: 'string' }),
  entitiesByName: cursorCodec('entities:name', { name: 'string', id: 'string' }),
  articlesNewestFirst: cursorCodec('articles:newest', { publishedAt: 'string?', id: 'string' }),
  articlesOldestFirst: cursorCodec('articles:oldest', { publishedAt: 'string?', id: 'string' }),
  claims: cursorCodec('claims', { articleId: 'string', id: 'string' }),
  search: cursorCodec('search', { exact: 'number', score: 'number', mentionCount: 'number', id: 'string' }),
  relationships: cursorCodec('relationships', { confidence: 'number', id: 'string' }),
  /** A position in one entity's ranked ties: the entity and the last neighbour seen (see ties.ts). */
  ties: cursorCodec('ties', { entity: 'string', neighbour: 'string' }),
};
