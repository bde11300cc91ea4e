/**
 * Folds too large for an article's transaction: the loader marks them, then moves what the
 * folded entity holds onto the kept one in bounded chunks, each its own transaction, and
 * finally absorbs what is left (aliases, names) with `absorbEntities`. Every chunk is
 * idempotent, so a fold cut short is finished by the next load (`FOLDS_TO_RUN_APART`).
 */

/** Claim links an entity can hold; each moves on its own (MERGE needs a static type). */
export const CLAIM_LINKS = ['STATED_BY', 'ABOUT', 'MADE_AT'] as const;
export type ClaimLink = (typeof CLAIM_LINKS)[number];

/**
 * The folds (`$pairs`, `{keep, mid}`) whose folded entity has more than `$inlineMax`
 * relationships (a degree read, O(1)), and every fold marked but not finished.
 */
export const FOLDS_TO_RUN_APART = `
CALL () {
  MATCH (m:Entity:Folding)
  RETURN m.foldInto AS keep, m.id AS mid
  UNION
  UNWIND $pairs AS pair
  MATCH (m:Entity {id: pair.mid})
  WHERE COUNT { (m)--() } > $inlineMax
  RETURN pair.keep AS keep, pair.mid AS mid
}
RETURN keep, mid`;

/** Of the entities `$ids`, those with more than `$inlineMax` relationships (a degree read). */
export const ENTITIES_TOO_LARGE_TO_FOLD_INLINE = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE COUNT { (e)--() } > $inlineMax
RETURN e.id AS id`;

/** Marks folds to run apart, so that one cut short is found and finished. */
export const MARK_FOLDS = `
UNWIND $pairs AS pair
MATCH (m:Entity {id: pair.mid})
SET m:Folding, m.foldInto = pair.keep`;

export const UNMARK_FOLD = `
MATCH (m:Entity:Folding {id: $mid})
REMOVE m:Folding, m.foldInto`;

/**
 * Moves up to `$chunk` mentions of `$mid` onto `$keep` (a mention `$keep` already has at the
 * same span takes the moved one's text, as a fold in one transaction does); both mention
 * counts change by arithmetic, not a recount.
 */
export const MOVE_MENTIONS_CHUNK = `
MATCH (m:Entity {id: $mid})
MATCH (keep:Entity {id: $keep})
CALL (m, keep) {
  MATCH (s:Sentence)-[old:MENTIONS]->(m)
  WITH s, old LIMIT $chunk
  OPTIONAL MATCH (s)-[same:MENTIONS {start: old.start, end: old.end}]->(keep)
  FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END |
    CREATE (s)-[:MENTIONS {start: old.start, end: old.end, text: old.text, source: old.source}]->(keep))
  SET same.text = old.text, same.source = old.source
  DELETE old
  RETURN count(old) AS moved, count(same) AS merged
}
SET keep.mentionCount = keep.mentionCount + moved - merged, m.mentionCount = m.mentionCount - moved
RETURN moved`;

/** Moves up to `$chunk` claim links of one type from `$mid` to `$keep`. */
export function moveClaimLinksChunk(type: ClaimLink): string {
  if (!CLAIM_LINKS.includes(type)) throw new Error(`unknown claim link ${type}`);
  return `
MATCH (m:Entity {id: $mid})
MATCH (keep:Entity {id: $keep})
CALL (m, keep) {
  MATCH (c:Claim)-[old:${type}]->(m)
  WITH c, old LIMIT $chunk
  MERGE (c)-[:${type}]->(keep)
  DELETE old
  RETURN count(old) AS moved
}
RETURN moved`;
}
