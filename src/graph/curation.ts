import type { Graph } from './driver.js';
import { plain } from './reader.js';
import { FACT_TYPES } from './queries/graph.js';
import { ABSORB_ENTITIES, REFRESH_STRONGEST_AROUND, moveFacts } from './queries/curation.js';
import type { EntityRow } from './rows.js';

/** Merges entities into `keep` in one write transaction; returns null if `keep` does not exist. */
export async function mergeEntityInto(graph: Graph, keep: string, merge: string[]): Promise<EntityRow | null> {
  return graph.write(async (tx) => {
    const exists = await tx.run('MATCH (e:Entity {id: $keep}) RETURN e.id AS id', { keep });
    if (exists.length === 0) return null;
    for (const type of FACT_TYPES) {
      await tx.run(moveFacts(type, 'OUTGOING'), { keep, merge });
      await tx.run(moveFacts(type, 'INCOMING'), { keep, merge });
    }
    await tx.run(REFRESH_STRONGEST_AROUND, { keep });
    const [row] = await tx.run(ABSORB_ENTITIES, { keep, merge });
    if (row) return plain<EntityRow>(row.entity);
    const [kept] = await tx.run('MATCH (e:Entity {id: $keep}) RETURN e { .id, .name, .kind, .aliases, .mentionCount } AS entity', { keep });
    return kept ? plain<EntityRow>(kept.entity) : null;
  });
}
