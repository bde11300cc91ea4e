import type { RequestContext } from '../api/context.js';
import { notFound } from '../errors.js';
import type { EntityRow } from '../graph/rows.js';

/**
 * The ids entities have now, in the order asked (a former id of a folded entity gives the id of the
 * entity that absorbed it). Refuses ids that name no entity, so "no such entity" is told apart from
 * "no path" or "no claims"; `consequence` says what was not done. One batched lookup (the entity
 * loader), whose rows later fields reuse.
 */
export async function currentIds(ctx: RequestContext, ids: readonly string[], consequence = ''): Promise<string[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  const missing = [...new Set(ids.filter((_, i) => !found[i] || found[i] instanceof Error))];
  if (missing.length) {
    const list = missing
      .slice(0, 10)
      .map((id) => `"${id}"`)
      .join(', ');
    throw notFound(
      `No entit${missing.length === 1 ? 'y' : 'ies'} with id ${list}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}.${consequence}`,
    );
  }
  return found.map((entity) => (entity as EntityRow).id);
}

/** An optional id argument as the id its entity has now: null when not given. */
export async function currentIdOf(ctx: RequestContext, id: string | null | undefined): Promise<string | null> {
  return id == null ? null : (await currentIds(ctx, [id]))[0]!;
}
