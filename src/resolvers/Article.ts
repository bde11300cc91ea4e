import type { Resolvers } from '../generated/graphql.js';
import { badInput } from '../errors.js';
import { labelsOf } from './Entity.js';
import { pageSize } from './paging.js';

export const articleResolvers: Resolvers = {
  Article: {
    text: (a, _args, ctx) => ctx.loaders.articleText.load(a.id),
    sentences: (a, args, ctx) => {
      const first = args.first ?? 500;
      // A negative LIMIT is a Cypher runtime error: refuse it as the client's mistake.
      if (!Number.isInteger(first) || first < 0)
        throw badInput(`\`first\` must be between 0 and 5000 (got ${first}).`, { argument: 'first', limit: 5000 });
      return ctx.loaders.sentencesOf(Math.min(first, 5000)).load(a.id);
    },
    claims: (a, args, ctx) => ctx.loaders.claimsOfArticle(pageSize(args.first, ctx.limits, 100)).load(a.id),
    entities: (a, args, ctx) => ctx.loaders.entitiesOfArticle(labelsOf(args.kinds), pageSize(args.first, ctx.limits, 100)).load(a.id),
  },
  Sentence: {
    article: async (s, _args, ctx) => (await ctx.loaders.article.load(s.articleId))!,
  },
};
