/**
 * The yardstick for loading: the same rows written the textbook way, one `UNWIND … MERGE`
 * per row kind and batch, straight through neo4j-driver. No cross-article alias matching,
 * no re-ingest bookkeeping, no mention counts: what any loader must at least pay.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES } from '../src/extract/types.js';
import { factId } from '../src/ids.js';
import type { ArticleRows } from '../src/ingest/rows.js';

const entities = (kind: string) => `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${kind}, e.name = row.name, e.kind = row.kind, e.normalizedName = row.normalizedName, e.aliases = row.aliases`;

const ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.article.id})
SET a += row.article
WITH a, row
UNWIND row.sentences AS sentence
MERGE (s:Sentence {id: sentence.id})
SET s += sentence
MERGE (a)-[:HAS_SENTENCE]->(s)`;

const MENTIONS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text, m.source = row.source`;

const relations = (predicate: string) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${predicate}]->(o)
SET r.id = row.id, r.evidence = row.evidence, r.confidence = row.confidence, r.role = row.role`;

const CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.sentence = row.sentence, c.quote = row.quote, c.form = row.form, c.confidence = row.confidence
WITH c, row
MATCH (s:Sentence {id: row.sentenceId})
MERGE (c)-[:EVIDENCED_BY]->(s)
WITH c, row
CALL (c, row) { MATCH (x:Entity {id: row.speaker}) MERGE (c)-[:STATED_BY]->(x) }
CALL (c, row) { UNWIND row.about AS id MATCH (x:Entity {id: id}) MERGE (c)-[:ABOUT]->(x) }`;

/** Writes one batch of articles in one transaction. */
export async function loadBaseline(driver: Driver, batch: ArticleRows[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const rows = batch.flatMap((a) => a.entities);
      for (const kind of ENTITY_TYPES) {
        const ofKind = rows.filter((e) => e.kind === kind);
        if (ofKind.length) await tx.run(entities(kind), { rows: ofKind });
      }
      await tx.run(ARTICLES, { rows: batch.map((a) => ({ article: a.article, sentences: a.sentences })) });
      await tx.run(MENTIONS, { rows: batch.flatMap((a) => a.mentions) });
      const facts = batch.flatMap((a) => a.relations.map((r) => ({ ...r, id: factId(r.subject, r.predicate, r.object) })));
      for (const predicate of PREDICATES) {
        const ofType = facts.filter((r) => r.predicate === predicate);
        if (ofType.length) await tx.run(relations(predicate), { rows: ofType });
      }
      await tx.run(CLAIMS, { rows: batch.flatMap((a) => a.claims) });
    });
  } finally {
    await session.close();
  }
}
