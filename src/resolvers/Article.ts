import type { Resolvers } from '../generated/graphql.js';
import { badInput } from '../errors.js';
import { labelsOf } from './Entity.js';
import { pageSize } from './paging.js';

/** More than an article of the largest size accepted (128 KiB) can hold. */
const MAX_SENTENCES = 5000;

/** The extracted text is `${title}\n\n${body}` (see articleText in the pipeline); the body is what follows the title's blank line. */
function bodyOf(text: string, title: string): string {
  const head = `${title.trim()}\n\n`;
  return text.startsWith(head) ? text.slice(head.length) : text;
}

export const articleResolvers: Resolvers = {
  Article: {
    text: (a, _args, ctx) => ctx.loaders.articleText.load(a.id),
    body: async (a, _args, ctx) => bodyOf((await ctx.loaders.articleText.load(a.id)) ?? '', a.title),
    sentences: (a, args, ctx) => {
      const first = args.first ?? 500;
      // Refused outside its range, as every other page size is, rather than quietly clamped.
      if (!Number.isInteger(first) || first < 0 || first > MAX_SENTENCES)
        throw badInput(`\`first\` must be between 0 and ${MAX_SENTENCES} (got ${first}).`, { argument: 'first', limit: MAX_SENTENCES });
      return ctx.loaders.sentencesOf(first).load(a.id);
    },
    claims: (a, args, ctx) => ctx.loaders.claimsOfArticle(pageSize(args.first, ctx.limits, 100)).load(a.id),
    entities: (a, args, ctx) => ctx.loaders.entitiesOfArticle(labelsOf(args.kinds), pageSize(args.first, ctx.limits, 100)).load(a.id),
  },
  Sentence: {
    article: async (s, _args, ctx) => (await ctx.loaders.article.load(s.articleId))!,
  },
};
