/**
 * Every id format in one place. Ids are stable across re-seeds, so an analyst's link or a
 * dashboard's bookmark keeps pointing at the same thing, and they carry their kind, so
 * `node(id:)` can tell what to read without a lookup:
 * - entities `<kind>:<slug>` (`person:wu`), articles `article:<hash>`, claims `claim:<hash>`;
 * - sentences `<articleId>#<index>`;
 * - facts `<source>|<TYPE>|<target>` (entity ids never hold `|` or `#`).
 */
import { createHash } from 'node:crypto';

/** A 64-bit hex digest: short enough for an id, long enough not to collide in any corpus we load. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export const entityId = (kind: string, slug: string) => `${kind.toLowerCase()}:${slug}`;

/**
 * The alias key that keeps an entity id answering after its entity was folded into another (two
 * names found to be one, a curator's merge): `id|person:peter-brown` → the entity that absorbed it.
 */
export const FORMER_ID_PREFIX = 'id|';
export const formerIdKey = (id: string) => `${FORMER_ID_PREFIX}${id}`;

/** An article's id from what identifies it: its URL or, without one, its title. */
export const articleIdOf = (basis: string) => `article:${shortHash(basis)}`;

export const claimIdOf = (articleId: string, sentenceIndex: number, speakerId: string | null, text: string) =>
  `claim:${shortHash(`${articleId}|${sentenceIndex}|${speakerId ?? ''}|${text}`)}`;

export const sentenceId = (articleId: string, index: number) => `${articleId}#${index}`;

export const articleOfSentence = (id: string) => id.slice(0, id.lastIndexOf('#'));

export const factId = (source: string, type: string, target: string) => `${source}|${type}|${target}`;

export const factType = (id: string): string | undefined => factParts(id).type || undefined;

/** A fact id's source, type and target (entity ids hold no `|`). */
export function factParts(id: string): { sourceId: string; type: string; targetId: string } {
  const [sourceId = '', type = '', targetId = ''] = id.split('|');
  return { sourceId, type, targetId };
}

/** What kind of node an id names, read from its form alone. */
export function nodeKindOf(id: string): 'Relationship' | 'Sentence' | 'Article' | 'Claim' | 'Entity' {
  if (id.includes('|')) return 'Relationship';
  if (id.includes('#')) return 'Sentence';
  if (id.startsWith('article:')) return 'Article';
  if (id.startsWith('claim:')) return 'Claim';
  return 'Entity';
}
