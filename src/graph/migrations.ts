import type { Graph } from './driver.js';
import { PREDICATES as PREDICATE_TYPES } from '../extract/types.js';

export const ENTITY_KINDS = ['Person', 'Organization', 'Event', 'Place', 'Industry', 'Topic'] as const;
export type EntityKindLabel = (typeof ENTITY_KINDS)[number];

/**
 * Schema statements, each idempotent (IF NOT EXISTS), run at every start. Order matters
 * only in that constraints precede the indexes that queries rely on.
 */
export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  ...ENTITY_KINDS.map(
    (kind) => `CREATE CONSTRAINT ${kind.toLowerCase()}_id IF NOT EXISTS FOR (e:${kind}) REQUIRE e.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE',
  ...PREDICATE_TYPES.map(
    (type) => `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
  'CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.articleId)',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)',
  'CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount)',
  'CREATE INDEX entity_normalized IF NOT EXISTS FOR (e:Entity) ON (e.normalizedName)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX claim_form IF NOT EXISTS FOR (c:Claim) ON (c.form)',
  // Full-text: names and aliases, folded so that "Zurich" finds "Zürich".
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  `CREATE FULLTEXT INDEX claim_search IF NOT EXISTS FOR (c:Claim) ON EACH [c.text, c.quote]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

/** Applies every migration and waits until indexes are online, so queries after it can use them. */
export async function migrate(graph: Graph): Promise<void> {
  for (const statement of MIGRATIONS) {
    await graph.write((tx) => tx.run(statement));
  }
  await graph.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
}
