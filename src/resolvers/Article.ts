import type { Resolvers } from '../generated/graphql.js';
import { labelsOf } from './Entity.js';
import { pageSize } from './paging.js';

export const articleResolvers: Resolvers = {
  Article: {
    sentences: (a, args, ctx) => ctx.loaders.sentencesOf(Math.min(args.first ?? 500, 5000)).load(a.id),
    claims: (a, args, ctx) => ctx.loaders.claimsOfArticle(pageSize(args.first, ctx.limits, 100)).load(a.id),
    entities: (a, args, ctx) => ctx.loaders.entitiesOfArticle(labelsOf(args.kinds), pageSize(args.first, ctx.limits, 100)).load(a.id),
  },
  Sentence: {
    article: async (s, _args, ctx) => (await ctx.loaders.article.load(s.articleId))!,
  },
};
