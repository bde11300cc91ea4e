import neo4j from 'neo4j-driver';
import type { Graph } from './driver.js';
import { CLAIM_FORMS, PREDICATES as PREDICATE_TYPES, type ClaimForm } from '../extract/types.js';
import { toNumber } from './driver.js';
import { storeCount } from './queries/projections.js';
import { normalizePublishedAt } from '../ingest/published-at.js';
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
  ...ENTITY_KINDS.map((kind) => `CREATE CONSTRAINT ${kind.toLowerCase()}_id IF NOT EXISTS FOR (e:${kind}) REQUIRE e.id IS UNIQUE`),
  'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE',
  // One node every load transaction locks first, so concurrent loaders write one after another (see LOAD_LOCK).
  'CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE',
  ...PREDICATE_TYPES.map((type) => `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`),
  // Facts by type, most confident first (Query.relationships): a range seek per type.
  ...PREDICATE_TYPES.map(
    (type) => `CREATE INDEX rel_${type.toLowerCase()}_confidence IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.confidence)`,
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

/**
 * What Neo4j answers when another process created (or dropped) the same schema rule between
 * our IF [NOT] EXISTS check and our commit: two `ingest`s, or `ingest` beside `serve`, starting
 * together on a fresh database. Running the statement again then finds the rule and does nothing.
 */
const SCHEMA_RACE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexNotFound',
  'Neo.ClientError.Schema.ConstraintNotFound',
]);

async function applyStatement(graph: Graph, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await graph.write((tx) => tx.run(statement));
      return;
    } catch (error) {
      if (attempt >= 5 || !SCHEMA_RACE.has((error as { code?: string }).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/**
 * Applies every migration and waits until indexes are online, so queries after it can use
 * them. Safe to run from several processes at once: each statement is idempotent, and a
 * statement that loses a race with the same statement elsewhere is run again.
 */
export async function migrate(graph: Graph): Promise<void> {
  for (const statement of MIGRATIONS) await applyStatement(graph, statement);
  await graph.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
  await labelClaimForms(graph);
  await normalizeOldPublicationDates(graph);
  await backfillEvidenceCounts(graph);
  await backfillStrongestTies(graph);
}

/**
 * Facts loaded before they carried their evidence count, a batch per transaction: reads use
 * only the count, since reading a hub fact's evidence list costs its length. Once done, a
 * scan of each type's facts per start (no index holds a missing property).
 */
const backfillEvidenceCount = (type: string) => `
MATCH ()-[r:${type}]->() WHERE r.evidenceCount IS NULL
WITH r LIMIT $batch
SET r.evidenceCount = size(coalesce(r.evidence, []))
RETURN count(*) AS done`;

async function backfillEvidenceCounts(graph: Graph): Promise<void> {
  for (const type of PREDICATE_TYPES) await inBatchesUntilDone(graph, backfillEvidenceCount(type), 10_000);
}

/** Runs a backfill that returns how many it `done`, a batch per transaction, until a batch finds none. */
async function inBatchesUntilDone(graph: Graph, cypher: string, batch: number): Promise<void> {
  for (;;) {
    const [row] = await graph.write((tx) => tx.run(cypher, { batch: neo4j.int(batch) }));
    if (toNumber(row?.done) === 0) return;
  }
}

/** Articles loaded before dates were normalised: the date as written, with no written copy beside it. */
const ARTICLES_WITH_RAW_DATES = `
MATCH (a:Article) WHERE a.publishedAt IS NOT NULL AND a.publishedAtText IS NULL
RETURN a.id AS id, a.publishedAt AS written LIMIT 10000`;

const SET_PUBLICATION_DATES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.publishedAtText = row.written, a.publishedAt = row.iso`;

/** Once per old graph: afterwards no article matches, and the check reads the date index only. */
async function normalizeOldPublicationDates(graph: Graph): Promise<void> {
  for (;;) {
    const rows = await graph.read(ARTICLES_WITH_RAW_DATES);
    if (rows.length === 0) return;
    const fixed = rows.map((r) => ({ id: r.id as string, written: String(r.written), iso: normalizePublishedAt(String(r.written)) }));
    await graph.write((tx) => tx.run(SET_PUBLICATION_DATES, { rows: fixed }));
  }
}

/** Ranks the ties of entities loaded before ties were kept (see STRONGEST_OF_ENTITY); a label scan once they all have them. */
async function backfillStrongestTies(graph: Graph): Promise<void> {
  await inBatchesUntilDone(graph, BACKFILL_STRONGEST, 1_000);
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
