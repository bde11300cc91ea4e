/**
 * An entity's ties, strongest first, paged over the ranked list the loader keeps per entity
 * (at most STRONGEST_KEPT). A cursor names the last neighbour seen, so a page continues
 * after it wherever a later load moved it in the ranking.
 */
import { badInput } from '../errors.js';
import type { RequestContext } from '../api/context.js';
import type { EntityRow, TieRow } from '../graph/rows.js';
import { CURSORS } from './cursors.js';
import { connection, pageSize } from './paging.js';

export const tieCursor = (entity: string, neighbour: string) => CURSORS.ties.encode({ entity, neighbour });

export async function tiesOf(e: EntityRow, args: { first?: number | null; after?: string | null }, ctx: RequestContext) {
  const first = pageSize(args.first, ctx.limits);
  const after = CURSORS.ties.decode(args.after);
  if (after && after.entity !== e.id)
    throw badInput(`That cursor continues the ties of ${after.entity}, not of ${e.id}.`, { argument: 'after' });
  const ranked = await ctx.loaders.rankedTies.load(e.id);
  let start = 0;
  if (after) {
    const at = ranked.neighbours.indexOf(after.neighbour);
    if (at < 0)
      throw badInput('The ties were ranked again since that cursor was made; start again without `after`.', { argument: 'after' });
    start = at + 1;
  }
  const candidates: TieRow[] = ranked.neighbours
    .slice(start, start + first + 1)
    .map((neighbourId, i) => ({ neighbourId, factId: ranked.facts[start + i]! }));
  // A neighbour merged away or a fact removed since the ranking was kept is left out.
  const [entities, facts] = await Promise.all([
    ctx.loaders.entity.loadMany(candidates.map((t) => t.neighbourId)),
    ctx.loaders.fact.loadMany(candidates.map((t) => t.factId)),
  ]);
  const items = candidates.filter((_t, i) => entities[i] && !(entities[i] instanceof Error) && facts[i] && !(facts[i] instanceof Error));
  return connection({ items, totalCount: ranked.neighbours.length }, first, (t) => tieCursor(e.id, t.neighbourId), args.after);
}
