import type { Resolvers } from '../generated/graphql.js';
import { badInput } from '../errors.js';
import { MAX_PATH_HOPS } from '../graph/queries/graph.js';
import { nodeKindOf } from '../ids.js';
import { labelOf, labelsOf } from './Entity.js';
import { formOf, kindOf } from './enums.js';
import type { RequestContext } from '../api/context.js';
import type { EntityRow } from '../graph/rows.js';
import { exportText } from '../export/index.js';
import { exportGraphOf } from '../graph/export-graph.js';
import { connection, pageSize } from './paging.js';
import { CURSORS, searchScope } from './cursors.js';
import { tieCursor } from './ties.js';
import { currentIdOf, currentIds } from './entity-ids.js';
import { dateRange, fillBuckets } from './time.js';
import { TRUNCATE_UNIT } from '../graph/queries/time.js';
import type { FactType } from '../graph/queries/graph.js';

function bounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`\`${name}\` must be between ${min} and ${max} (got ${value}).`, { argument: name, limit: max });
  return value;
}

/** The schema's enum has already refused unknown types; none asked means every type. */
function factTypes(types: readonly FactType[] | null | undefined): FactType[] | null {
  return types?.length ? [...types] : null;
}

/** The id's form says what it names (`src/ids.ts`), so one loader answers. */
async function nodeById(id: string, ctx: RequestContext) {
  switch (nodeKindOf(id)) {
    case 'Relationship': {
      // A fact's id names its ends (`<source>|<TYPE>|<target>`): an end merged since answers through its former id.
      // (Looked up by id, not among the source's first 100 facts, which a hub's weaker facts fall outside.)
      const [source = '', type, target = ''] = id.split('|');
      const ends = await ctx.loaders.entity.loadMany([source, target]);
      const [from, to] = ends.map((e) => (e && !(e instanceof Error) ? e.id : undefined));
      const found = await ctx.loaders.fact.load(from && to ? `${from}|${type}|${to}` : id);
      return found ? { ...found, __typename: 'Relationship' as const } : null;
    }
    case 'Sentence': {
      const sentence = await ctx.loaders.sentence.load(id);
      return sentence ? { ...sentence, __typename: 'Sentence' as const } : null;
    }
    case 'Article': {
      const article = await ctx.loaders.article.load(id);
      return article ? { ...article, __typename: 'Article' as const } : null;
    }
    case 'Claim': {
      const claim = await ctx.loaders.claim.load(id);
      return claim ? { ...claim, __typename: 'Claim' as const } : null;
    }
    case 'Entity': {
      const entity = await ctx.loaders.entity.load(id);
      return entity ? { ...entity, __typename: entity.kind as 'Person' } : null;
    }
  }
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
      const kind = args.kind ? labelOf(args.kind) : null;
      if (args.orderBy === 'NAME_ASC') {
        const after = CURSORS.entitiesByName.decode(args.after);
        const page = await ctx.reader.entityPage(kind, 'NAME_ASC', after, first + 1);
        return connection(page, first, (e) => CURSORS.entitiesByName.encode({ name: e.name.toLowerCase(), id: e.id }), after);
      }
      const after = CURSORS.entitiesByMentions.decode(args.after);
      const page = await ctx.reader.entityPage(kind, 'MENTIONS_DESC', after, first + 1);
      return connection(page, first, (e) => CURSORS.entitiesByMentions.encode({ mentionCount: e.mentionCount, id: e.id }), after);
    },
    search: (_root, args, ctx) => {
      if (args.query.length > 200) throw badInput('`query` may be at most 200 characters.', { argument: 'query' });
      return ctx.reader.search(args.query, labelsOf(args.kinds), pageSize(args.first, ctx.limits, 10));
    },
    searchConnection: async (_root, args, ctx) => {
      if (args.query.length > 200) throw badInput('`query` may be at most 200 characters.', { argument: 'query' });
      const first = pageSize(args.first, ctx.limits, 10);
      const scope = searchScope(args.query, args.kinds);
      const after = CURSORS.search.decode(args.after);
      if (after && after.scope !== scope)
        throw badInput('This cursor belongs to another search: page on with the same `query` and `kinds`.', { argument: 'after' });
      const page = await ctx.reader.searchPage(args.query, labelsOf(args.kinds), after, first + 1);
      return connection(
        page,
        first,
        (h) => CURSORS.search.encode({ scope, exact: h.exact, score: h.score, mentionCount: h.entity.mentionCount, id: h.entity.id }),
        after,
      );
    },
    claims: async (_root, args, ctx) => {
      // An empty id filters nothing out silently (every claim came back); say so instead.
      for (const argument of ['speaker', 'about', 'article'] as const)
        if (args[argument] != null && !args[argument]!.trim())
          throw badInput(`\`${argument}\` is empty: give an id, or leave it out.`, { argument });
      const first = pageSize(args.first, ctx.limits);
      const after = CURSORS.claims.decode(args.after);
      const range = dateRange(args);
      // A merged entity's former id finds the claims it has now; an id naming no entity is NOT_FOUND, not "no claims".
      const [speaker, about] = await Promise.all([currentIdOf(ctx, args.speaker), currentIdOf(ctx, args.about)]);
      const page = await ctx.reader.claimPage({ speaker, about, article: args.article, search: args.search, ...range }, after, first + 1);
      return connection(page, first, (c) => CURSORS.claims.encode({ articleId: c.articleId, id: c.id }), after);
    },
    relationships: async (_root, args, ctx) => {
      const first = pageSize(args.first, ctx.limits);
      const minConfidence = args.minConfidence ?? 0;
      if (!(minConfidence >= 0 && minConfidence <= 1))
        throw badInput('`minConfidence` must be between 0 and 1.', { argument: 'minConfidence' });
      const after = CURSORS.relationships.decode(args.after);
      const entity = await currentIdOf(ctx, args.entity);
      const of = entity ? { entity, direction: args.direction ?? 'BOTH' } : null;
      const page = await ctx.reader.relationshipPage(factTypes(args.types) ?? [], minConfidence, after, first + 1, of);
      ctx.loaders.holdEntities(page.ends);
      return connection(page, first, (r) => CURSORS.relationships.encode({ confidence: r.confidence, id: r.id }), after);
    },
    article: (_root, { id }, ctx) => ctx.loaders.article.load(id),
    articles: async (_root, args, ctx) => {
      const first = pageSize(args.first, ctx.limits);
      const codec = args.orderBy === 'OLDEST_FIRST' ? CURSORS.articlesOldestFirst : CURSORS.articlesNewestFirst;
      const after = codec.decode(args.after);
      const range = dateRange(args);
      const mentioning = await currentIdOf(ctx, args.mentioning);
      const page = await ctx.reader.articlePage(after, first + 1, args.orderBy ?? 'NEWEST_FIRST', range, mentioning);
      return connection(page, first, (a) => codec.encode({ publishedAt: a.publishedAt, id: a.id }), after);
    },
    path: async (_root, args, ctx) => {
      const maxHops = bounded('maxHops', args.maxHops ?? 4, 1, Math.min(ctx.limits.maxPathHops, MAX_PATH_HOPS));
      const [from, to] = await currentIds(ctx, [args.from, args.to]);
      if (from === to) return { nodes: [(await ctx.loaders.entity.load(from!))!], relationships: [] };
      return known(ctx, await ctx.reader.shortestPath(from!, to!, maxHops));
    },
    neighborhood: async (_root, args, ctx) => {
      const depth = bounded('depth', args.depth ?? 1, 0, ctx.limits.maxNeighborhoodDepth);
      const limit = bounded('limit', args.limit ?? 100, 1, ctx.limits.maxSubgraphNodes);
      const [id] = await currentIds(ctx, [args.id]);
      return known(
        ctx,
        await ctx.reader.neighborhood(
          id!,
          depth,
          limit,
          labelsOf(args.kinds),
          factTypes(args.types),
          bounded('relationshipsPerNode', args.relationshipsPerNode ?? 3, 1, ctx.limits.maxFactsPerNode),
        ),
      );
    },
    subgraph: async (_root, args, ctx) => {
      const depth = bounded('depth', args.depth ?? 0, 0, ctx.limits.maxNeighborhoodDepth);
      const limit = bounded('limit', args.limit ?? 500, 1, ctx.limits.maxSubgraphNodes);
      if (args.ids.length > ctx.limits.maxSubgraphNodes) throw badInput(`At most ${ctx.limits.maxSubgraphNodes} ids.`, { argument: 'ids' });
      const ids = [...new Set(await currentIds(ctx, [...new Set(args.ids)]))];
      return known(ctx, await ctx.reader.subgraph(ids, depth, limit, null, null, 'none', limit * ctx.limits.maxFactsPerNode));
    },
    stats: (_root, _args, ctx) => ctx.reader.stats(),
    coMentions: async (_root, args, ctx) => {
      const first = pageSize(args.first, ctx.limits, 20);
      const [id] = await currentIds(ctx, [args.id]);
      const rows = await ctx.reader.coMentions(id!, args.level ?? 'SENTENCE', labelsOf(args.kinds), first);
      ctx.loaders.holdEntities(rows.map((r) => r.entity));
      return rows;
    },
    timeline: async (_root, args, ctx) => {
      const range = dateRange(args);
      const interval = args.interval ?? 'WEEK';
      const [id] = await currentIds(ctx, [args.id]);
      return fillBuckets(await ctx.reader.timeline(id!, TRUNCATE_UNIT[interval], range), interval, range);
    },
  },
  Path: {
    length: (p) => p.relationships.length,
    export: async (p, args, ctx) =>
      exportText(args.format, await exportGraphOf(ctx.reader, { ...p, truncated: false }, args.coMentions ?? null), args.table ?? 'NODES'),
  },
  Subgraph: {
    nodesTruncated: (s) => s.nodesTruncated ?? s.truncated,
    cutAt: (s) => {
      const nodes = new Map(s.nodes.map((n) => [n.id, n]));
      return (s.cutAt ?? []).map((c) => ({ node: nodes.get(c.id)!, after: tieCursor(c.id, c.lastKept) }));
    },
    relationshipsTruncated: (s) => s.relationshipsTruncated ?? false,
    neighboursPerNode: (s) => s.neighboursPerNode ?? null,
    export: async (s, args, ctx) =>
      exportText(args.format, await exportGraphOf(ctx.reader, s, args.coMentions ?? null), args.table ?? 'NODES'),
  },
  CoMention: {
    examples: async (c, _args, ctx) => (await ctx.loaders.sentence.loadMany(c.examples)).filter((s) => s && !(s instanceof Error)) as never,
  },
  Stats: {
    entitiesByKind: (s) => s.entitiesByKind.map(({ key, count }) => ({ kind: kindOf(key), key: kindOf(key), count })),
    relationshipsByType: (s) => s.relationshipsByType.map(({ key, count }) => ({ type: key, key, count })),
    claimsByForm: (s) => s.claimsByForm.map(({ key, count }) => ({ form: formOf(key), key: formOf(key), count })),
    topEntities: (_stats, args, ctx) => ctx.reader.topEntities(args.kind ? labelOf(args.kind) : null, pageSize(args.first, ctx.limits, 10)),
  },
};
