import type { CountingTransaction, Graph } from './driver.js';
import { plain } from './reader.js';
import type { FactType } from './queries/graph.js';
import { DROP_FACTS_WITHIN_FOLDS, ENTITIES_TO_MERGE, FACTS_OF_MERGED_ENTITIES, absorbEntities, moveFacts } from './queries/curation.js';
import { LOAD_LOCK, REFRESH_STRONGEST } from './queries/ingest.js';
import { ENTITIES_TOO_LARGE_TO_FOLD_INLINE } from './queries/fold.js';
import { DEFAULT_FOLD, drainFolds, type FoldOptions } from './fold-apart.js';
import type { EntityRow, MergeRecordRow } from './rows.js';

/**
 * Moves the facts of each pair's merged entity onto the kept one, one statement per type and
 * direction it has, then ranks again the ties of the kept entities and of the merged ones'
 * neighbours — only theirs changed: a hub kept in a merge costs its new neighbours, not its degree.
 */
export async function moveFactsOf(tx: CountingTransaction, pairs: Array<{ keep: string; mid: string }>): Promise<void> {
  const mids = pairs.map((p) => p.mid);
  await tx.run(DROP_FACTS_WITHIN_FOLDS, { pairs });
  const [facts] = await tx.run<{ kinds: Array<{ type: FactType; direction: 'OUTGOING' | 'INCOMING' }>; neighbours: string[] }>(
    FACTS_OF_MERGED_ENTITIES,
    { ids: mids },
  );
  for (const { type, direction } of facts?.kinds ?? []) await tx.run(moveFacts(type, direction), { pairs });
  const changed = new Set([...pairs.map((p) => p.keep), ...(facts?.neighbours ?? [])]);
  for (const mid of mids) changed.delete(mid);
  await tx.run(REFRESH_STRONGEST, { ids: [...changed] });
}

/** A merge across kinds asked for without `force`. */
export class MergeAcrossKindsError extends Error {
  override name = 'MergeAcrossKindsError';
  constructor(
    readonly keep: { id: string; kind: string },
    readonly others: Array<{ id: string; kind: string }>,
  ) {
    super(
      `Refused to merge ${others.map((o) => `${o.id} (${o.kind})`).join(', ')} into ${keep.id} (${keep.kind}): the kinds differ. Pass force: true to merge anyway.`,
    );
  }
}

export interface MergeOptions {
  /** Merge entities of other kinds than `keep` too. @default false */
  force?: boolean;
  /** Who asked, for the merge record. */
  by: string;
  /** When a merged entity is drained in bounded transactions first (see drainFolds). */
  fold?: FoldOptions;
}

interface MergeTarget {
  id: string;
  kind: string;
  name: string;
}

/**
 * The entities a merge names that exist besides `keep`, and those of another kind; null when
 * `keep` does not exist. Throws MergeAcrossKindsError for another kind without `force`.
 */
function mergeTargets(found: MergeTarget[], keep: string, merge: string[], force = false) {
  const kept = found.find((e) => e.id === keep);
  if (!kept) return null;
  const others = merge.flatMap((id) => (id === keep ? [] : found.filter((e) => e.id === id)));
  const foreign = others.filter((o) => o.kind !== kept.kind);
  if (foreign.length && !force) throw new MergeAcrossKindsError(kept, foreign);
  return { others, foreign };
}

const AFTER_NOTHING_MERGED = 'MATCH (e:Entity {id: $keep}) RETURN e { .id, .name, .kind, .aliases, .mentionCount } AS entity';

/**
 * Merges entities into `keep` in one write transaction and records the merge on it;
 * returns null if `keep` does not exist. Ids that name no entity are skipped. Serialised
 * with loads (LOAD_LOCK), which also merge and re-point entities.
 */
export async function mergeEntityInto(graph: Graph, keep: string, merge: string[], options: MergeOptions): Promise<EntityRow | null> {
  // Entities too large to fold in one transaction are drained first, in bounded ones (checked
  // for kinds before anything moves); the merge below then moves what is left and records it.
  const fold = options.fold ?? DEFAULT_FOLD;
  const large = await graph.read<{ id: string }>(ENTITIES_TOO_LARGE_TO_FOLD_INLINE, {
    ids: merge.filter((id) => id !== keep),
    inlineMax: fold.inlineMax,
  });
  if (large.length) {
    const named = await graph.read<MergeTarget>(ENTITIES_TO_MERGE, { ids: [keep, ...merge] });
    if (!mergeTargets(named, keep, merge, options.force)) return null;
    await drainFolds(
      graph,
      large.map((e) => ({ keep, mid: e.id })),
      fold,
    );
  }
  return graph.write(async (tx) => {
    await tx.run(LOAD_LOCK);
    const targets = mergeTargets(await tx.run<MergeTarget>(ENTITIES_TO_MERGE, { ids: [keep, ...merge] }), keep, merge, options.force);
    if (!targets) return null;
    const { others, foreign } = targets;
    if (others.length === 0) {
      const [row] = await tx.run(AFTER_NOTHING_MERGED, { keep });
      return row ? plain<EntityRow>(row.entity) : null;
    }
    const ids = others.map((o) => o.id);
    const pairs = ids.map((mid) => ({ keep, mid }));
    await moveFactsOf(tx, pairs);
    const record: MergeRecordRow = {
      by: options.by,
      at: new Date().toISOString(),
      ids,
      names: others.map((o) => o.name),
      kinds: others.map((o) => o.kind),
      forced: foreign.length > 0,
    };
    const [row] = await tx.run(absorbEntities('curator'), { pairs, record: JSON.stringify(record) });
    return row ? plain<EntityRow>(row.entity) : null;
  });
}
