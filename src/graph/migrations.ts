import neo4j from 'neo4j-driver';
import type { Graph } from './driver.js';
import { CLAIM_FORMS, PREDICATES as PREDICATE_TYPES, type ClaimForm } from '../extract/types.js';
import { toNumber } from './driver.js';
import { storeCount } from './queries/projections.js';
import { BACKFILL_STRONGEST } from './queries/graph.js';

export const ENTITY_KINDS = ['Person', 'Organization', 'Event', 'Place', 'Industry', 'Topic'] as const;
export type EntityKindLabel = (typeof ENTITY_KINDS)[number];

/**
 * Each claim also carries the label of its form, so per-form totals come from Neo4j's
 * count store in constant time instead of a walk of the form index (130 ms at 1.8 M claims).
 */
export const CLAIM_FORM_LABELS = {
  direct: 'DirectClaim',
  indirect: 'IndirectClaim',
  interview: 'InterviewClaim',
} as const satisfies Record<ClaimForm, string>;

/** Cypher that gives the claim `node` the label of the form `form` evaluates to. */
export const setClaimFormLabel = (node: string, form: string) =>
  CLAIM_FORMS.map((f) => `FOREACH (_ IN CASE WHEN ${form} = '${f}' THEN [1] ELSE [] END | SET ${node}:${CLAIM_FORM_LABELS[f]})`).join('\n');

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
  // Claims per form are counted by label now (CLAIM_FORM_LABELS); the form index had no other reader.
  'DROP INDEX claim_form IF EXISTS',
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
  await labelClaimForms(graph);
  await backfillStrongestTies(graph);
}

/** Ranks the ties of entities loaded before ties were kept (see STRONGEST_OF_ENTITY); a label scan once they all have them. */
async function backfillStrongestTies(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.write((tx) => tx.run(BACKFILL_STRONGEST, { batch: neo4j.int(1_000) }));
    if (toNumber(row?.done) === 0) return;
  }
}

/** Sets the form label on claims loaded before form labels existed, in id order, a batch per transaction. */
const LABEL_CLAIM_FORMS_AFTER = `
MATCH (c:Claim) WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $batch
${setClaimFormLabel('c', 'c.form')}
RETURN max(c.id) AS last`;

const UNLABELLED_CLAIMS = `
${storeCount('claims', '(:Claim)')}
${CLAIM_FORMS.map((form) => storeCount(form, `(:${CLAIM_FORM_LABELS[form]})`)).join('\n')}
RETURN claims - ${CLAIM_FORMS.join(' - ')} AS unlabelled`;

/** A no-op (one query of count-store reads) once every claim has its form label. */
async function labelClaimForms(graph: Graph): Promise<void> {
  const [count] = await graph.read(UNLABELLED_CLAIMS);
  if (toNumber(count?.unlabelled) <= 0) return;
  let after = '';
  for (;;) {
    const [row] = await graph.write((tx) => tx.run(LABEL_CLAIM_FORMS_AFTER, { after, batch: neo4j.int(10_000) }));
    if (row?.last == null) return;
    after = row.last as string;
  }
}
