import neo4j from 'neo4j-driver';
import { addChanges, noChanges, toNumber, type Graph, type Params, type WriteChanges } from './driver.js';
import type { FactType } from './queries/graph.js';
import { DROP_FACTS_WITHIN_FOLDS, FACTS_OF_MERGED_ENTITIES, absorbEntities, moveFacts } from './queries/curation.js';
import { CLAIM_LINKS, MOVE_MENTIONS_CHUNK, UNMARK_FOLD, moveClaimLinksChunk } from './queries/fold.js';
import { LOAD_LOCK, REFRESH_STRONGEST } from './queries/ingest.js';

/** How the loader folds an entity into another (aliases found to name one entity). */
export interface FoldOptions {
  /** A folded entity with more relationships than this folds apart from the article's transaction. @default 2000 */
  inlineMax: number;
  /** Mentions or claim links moved per transaction when folding apart. @default 5000 */
  linksPerTransaction: number;
  /** Facts moved (and entities re-ranked) per transaction when folding apart. @default 200 */
  factsPerTransaction: number;
}

export const DEFAULT_FOLD: FoldOptions = { inlineMax: 2000, linksPerTransaction: 5000, factsPerTransaction: 200 };

export interface Fold {
  keep: string;
  mid: string;
}

/**
 * Moves what each `mid` holds (mentions, claim links, facts) onto its `keep` in bounded
 * transactions, so that two entities of tens of thousands of mentions meeting stay within the
 * server's transaction memory; each chunk runs under the load lock and is idempotent, so a
 * drain cut short is finished by running it again. What is left (aliases, names, the node)
 * is for `absorbEntities`. Readers may see a fold half done.
 */
export async function drainFolds(graph: Graph, folds: Fold[], options: FoldOptions = DEFAULT_FOLD): Promise<WriteChanges> {
  const changes = noChanges();
  const locked = async (cypher: string, params: Params) => {
    // Counted once committed: a retried transaction would otherwise count twice.
    const done = await graph.write(async (tx) => {
      await tx.run(LOAD_LOCK);
      return { rows: await tx.run(cypher, params), changes: tx.changes };
    });
    addChanges(changes, done.changes);
    return done.rows;
  };
  const drain = async (cypher: string, params: Params, chunk: number) => {
    for (;;) {
      const [row] = await locked(cypher, { ...params, chunk: neo4j.int(chunk) });
      if (toNumber(row?.moved) < chunk) return;
    }
  };

  for (const fold of folds) {
    await drain(MOVE_MENTIONS_CHUNK, { ...fold }, options.linksPerTransaction);
    for (const link of CLAIM_LINKS) await drain(moveClaimLinksChunk(link), { ...fold }, options.linksPerTransaction);

    await locked(DROP_FACTS_WITHIN_FOLDS, { pairs: [fold] });
    const [facts] = await locked(FACTS_OF_MERGED_ENTITIES, { ids: [fold.mid] });
    const kinds = (facts?.kinds ?? []) as Array<{ type: FactType; direction: 'OUTGOING' | 'INCOMING' }>;
    for (const { type, direction } of kinds) await drain(moveFacts(type, direction, true), { pairs: [fold] }, options.factsPerTransaction);
    // As moveFactsOf does: the kept entity's ties and the folded one's neighbours' changed.
    const changed = [...new Set([fold.keep, ...((facts?.neighbours ?? []) as string[])])].filter((id) => id !== fold.mid);
    for (let i = 0; i < changed.length; i += options.factsPerTransaction)
      await locked(REFRESH_STRONGEST, { ids: changed.slice(i, i + options.factsPerTransaction) });
  }
  return changes;
}

/** The loader's folds run apart: drained, then absorbed and unmarked each in one last transaction. */
export async function foldApart(graph: Graph, folds: Fold[], options: FoldOptions = DEFAULT_FOLD): Promise<WriteChanges> {
  const changes = await drainFolds(graph, folds, options);
  for (const fold of folds)
    addChanges(
      changes,
      await graph.write(async (tx) => {
        await tx.run(LOAD_LOCK);
        await tx.run(absorbEntities('loader'), { pairs: [fold] });
        await tx.run(UNMARK_FOLD, { mid: fold.mid });
        return tx.changes;
      }),
    );
  return changes;
}
