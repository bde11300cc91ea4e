import type { Resolvers } from '../generated/graphql.js';
import { kindOf, typeOfKind } from './enums.js';
import type { EntityRow } from '../graph/rows.js';
import type { RequestContext } from '../api/context.js';
import { pageSize } from './paging.js';
import { dateRange } from './time.js';
import { tiesOf } from './ties.js';

export { kindOf } from './enums.js';
/** The GraphQL enum → the Neo4j label (see enums.ts for the one mapping). */
export const labelOf = (kind: string) => typeOfKind(kind);
export const labelsOf = (kinds: readonly string[] | null | undefined) => (kinds?.length ? kinds.map(labelOf) : null);

/** The fields every entity type shares, resolved through batched loaders. */
const entityFields = {
  kind: (e: EntityRow) => kindOf(e.kind),
  relationships: (e: EntityRow, args: { types?: string[] | null; direction?: string | null; first?: number | null }, ctx: RequestContext) =>
    ctx.loaders
      .relationships(args.types?.length ? args.types : null, args.direction ?? 'BOTH', pageSize(args.first, ctx.limits, 50))
      .load(e.id),
  neighbors: (e: EntityRow, args: { kinds?: string[] | null; first?: number | null }, ctx: RequestContext) =>
    ctx.loaders.neighbors(labelsOf(args.kinds), pageSize(args.first, ctx.limits, 50)).load(e.id),
  ties: tiesOf,
  claims: (e: EntityRow, args: { role?: string | null; first?: number | null }, ctx: RequestContext) =>
    ctx.loaders.claimsOf(args.role ?? 'ANY', pageSize(args.first, ctx.limits, 50)).load(e.id),
  articles: (e: EntityRow, args: { first?: number | null; from?: string | null; to?: string | null }, ctx: RequestContext) =>
    ctx.loaders.articlesOf(pageSize(args.first, ctx.limits, 20), dateRange(args)).load(e.id),
  mentions: (e: EntityRow, args: { first?: number | null; from?: string | null; to?: string | null }, ctx: RequestContext) =>
    ctx.loaders.mentionsOf(pageSize(args.first, ctx.limits, 50), dateRange(args)).load(e.id),
  mergedFrom: async (e: EntityRow, _args: unknown, ctx: RequestContext) =>
    (await ctx.loaders.mergeRecords.load(e.id)).map((r) => ({ ...r, kinds: r.kinds.map(kindOf) })),
};

export const entityResolvers: Resolvers = {
  Entity: { __resolveType: (e) => e.kind as 'Person' },
  Person: {
    ...entityFields,
    affiliations: (e, _args, ctx) => ctx.loaders.relationships(['AFFILIATED_WITH'], 'OUTGOING', 50).load(e.id),
  },
  Organization: entityFields,
  Event: entityFields,
  Place: entityFields,
  Industry: entityFields,
  Topic: entityFields,
  Tie: {
    node: async (t, _args, ctx) => (await ctx.loaders.entity.load(t.neighbourId))!,
    relationship: async (t, _args, ctx) => (await ctx.loaders.fact.load(t.factId))!,
  },
  Mention: {
    sentence: async (m, _args, ctx) => (await ctx.loaders.sentence.load(m.sentenceId))!,
  },
};
