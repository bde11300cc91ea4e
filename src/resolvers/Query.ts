import type { Resolvers } from '../generated/graphql.js';
import { badInput } from '../errors.js';
import { FACT_TYPES, MAX_PATH_HOPS } from '../graph/queries/graph.js';
import { labelOf, labelsOf } from './Entity.js';
import type { RequestContext } from '../server/context.js';
import type { EntityRow } from '../graph/rows.js';
import { exportText } from '../export/index.js';
import { exportGraphOf } from '../graph/export-graph.js';
import { connection, decodeCursor, pageSize } from './paging.js';

function bounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`\`${name}\` must be between ${min} and ${max} (got ${value}).`, { argument: name, limit: max });
  return value;
}

function factTypes(types: readonly string[] | null | undefined): string[] | null {
  if (!types?.length) return null;
  const unknown = types.filter((t) => !(FACT_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw badInput(`Unknown relationship type(s) ${unknown.join(', ')}; use ${FACT_TYPES.join(', ')}.`, { argument: 'types' });
  return [...types];
}

/** Node ids carry their kind: entities `kind:slug`, articles `article:…`, sentences `…#n`, claims `claim:…`. */
async function nodeById(id: string, ctx: RequestContext) {
  if (id.includes('|')) {
    const [source] = id.split('|');
    const rels = await ctx.loaders.relationships(null, 'BOTH', ctx.limits.maxPageSize).load(source!);
    const found = rels.find((r) => r.id === id);
    return found ? { ...found, __typename: 'Relationship' as const } : null;
  }
  if (id.includes('#')) {
    const sentence = await ctx.loaders.sentence.load(id);
    return sentence ? { ...sentence, __typename: 'Sentence' as const } : null;
  }
  if (id.startsWith('article:')) {
    const article = await ctx.loaders.article.load(id);
    return article ? { ...article, __typename: 'Article' as const } : null;
  }
  if (id.startsWith('claim:')) {
    const claim = await ctx.loaders.claim.load(id);
    return claim ? { ...claim, __typename: 'Claim' as const } : null;
  }
  const entity = await ctx.loaders.entity.load(id);
  return entity ? { ...entity, __typename: entity.kind as 'Person' } : null;
}

/** A graph read already returned its entities: its facts' ends need no second lookup. */
function known<T extends { nodes: EntityRow[] } | null>(ctx: RequestContext, graph: T): T {
  ctx.loaders.holdEntities(graph?.nodes ?? []);
  return graph;
}

export const queryResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => (node as unknown as { __typename: 'Person' }).__typename,
  },
  Query: {
    entity: (_root, { id }, ctx) => ctx.loaders.entity.load(id),
    node: (_root, { id }, ctx) => nodeById(id, ctx) as never,
    entities: async (_root, args, ctx) => {
      const first = pageSize(args.first, ctx.limits);
      const offset = decodeCursor(args.after);
      return connection(await ctx.reader.entityPage(args.kind ? labelOf(args.kind) : null, args.orderBy ?? 'MENTIONS_DESC', offset, first));
    },
    search: (_root, args, ctx) => {
      if (args.query.length > 200) throw badInput('`query` may be at most 200 characters.', { argument: 'query' });
      return ctx.reader.search(args.query, labelsOf(args.kinds), pageSize(args.first, ctx.limits, 10));
    },
    claims: async (_root, args, ctx) => {
      const first = pageSize(args.first, ctx.limits);
      const offset = decodeCursor(args.after);
      return connection(await ctx.reader.claimPage({ speaker: args.speaker, about: args.about, article: args.article, search: args.search }, offset, first));
    },
    article: (_root, { id }, ctx) => ctx.loaders.article.load(id),
    articles: async (_root, args, ctx) => connection(await ctx.reader.articlePage(decodeCursor(args.after), pageSize(args.first, ctx.limits))),
    path: async (_root, args, ctx) => {
      const maxHops = bounded('maxHops', args.maxHops ?? 4, 1, Math.min(ctx.limits.maxPathHops, MAX_PATH_HOPS));
      if (args.from === args.to) {
        const entity = await ctx.loaders.entity.load(args.from);
        return entity ? { nodes: [entity], relationships: [] } : null;
      }
      return known(ctx, await ctx.reader.shortestPath(args.from, args.to, maxHops));
    },
    neighborhood: async (_root, args, ctx) => {
      const depth = bounded('depth', args.depth ?? 1, 0, ctx.limits.maxNeighborhoodDepth);
      const limit = bounded('limit', args.limit ?? 100, 1, ctx.limits.maxSubgraphNodes);
      return known(ctx, await ctx.reader.neighborhood(args.id, depth, limit, labelsOf(args.kinds), factTypes(args.types), limit * ctx.limits.maxFactsPerNode));
    },
    subgraph: async (_root, args, ctx) => {
      const depth = bounded('depth', args.depth ?? 0, 0, ctx.limits.maxNeighborhoodDepth);
      const limit = bounded('limit', args.limit ?? 500, 1, ctx.limits.maxSubgraphNodes);
      if (args.ids.length > ctx.limits.maxSubgraphNodes) throw badInput(`At most ${ctx.limits.maxSubgraphNodes} ids.`, { argument: 'ids' });
      return known(ctx, await ctx.reader.subgraph([...args.ids], depth, limit, null, null, 'none', limit * ctx.limits.maxFactsPerNode));
    },
    stats: (_root, _args, ctx) => ctx.reader.stats(),
  },
  Path: {
    length: (p) => p.relationships.length,
    export: async (p, args, ctx) => exportText(args.format, await exportGraphOf(ctx.reader, { ...p, truncated: false }), args.table ?? 'NODES'),
  },
  Subgraph: {
    nodesTruncated: (s) => s.nodesTruncated ?? s.truncated,
    relationshipsTruncated: (s) => s.relationshipsTruncated ?? false,
    neighboursPerNode: (s) => s.neighboursPerNode ?? null,
    export: async (s, args, ctx) => exportText(args.format, await exportGraphOf(ctx.reader, s), args.table ?? 'NODES'),
  },
  Stats: {
    topEntities: (_stats, args, ctx) => ctx.reader.topEntities(args.kind ? labelOf(args.kind) : null, pageSize(args.first, ctx.limits, 10)),
  },
};
