import type { ClaimForm, Resolvers } from '../generated/graphql.js';
import { invariant } from '../errors.js';
import { articleOfSentence } from '../graph/ids.js';
import { EVIDENCE_READ } from '../graph/queries/projections.js';
import { pageSize } from './paging.js';

export const factResolvers: Resolvers = {
  Relationship: {
    source: async (r, _args, ctx) => {
      const entity = await ctx.loaders.entity.load(r.sourceId);
      invariant(entity, `relationship ${r.id} has no source`);
      return entity;
    },
    target: async (r, _args, ctx) => {
      const entity = await ctx.loaders.entity.load(r.targetId);
      invariant(entity, `relationship ${r.id} has no target`);
      return entity;
    },
    evidence: async (r, args, ctx) => {
      const first = Math.min(pageSize(args.first, ctx.limits, 10), EVIDENCE_READ);
      const ids = r.evidence ?? (await ctx.loaders.evidence.load(r.id));
      return ids.slice(0, first).map((sentenceId) => ({ sentenceId, articleId: articleOfSentence(sentenceId) }));
    },
  },
  Evidence: {
    sentence: async (e, _args, ctx) => (await ctx.loaders.sentence.load(e.sentenceId))!,
    article: async (e, _args, ctx) => (await ctx.loaders.article.load(e.articleId))!,
  },
  Claim: {
    form: (c) => c.form.toUpperCase() as ClaimForm,
    speaker: (c, _args, ctx) => (c.speakerId ? ctx.loaders.entity.load(c.speakerId) : null),
    about: async (c, _args, ctx) => (await ctx.loaders.entity.loadMany(c.aboutIds)).filter((e) => e && !(e instanceof Error)) as never,
    madeAt: (c, _args, ctx) => (c.madeAtId ? ctx.loaders.entity.load(c.madeAtId) : null),
    article: async (c, _args, ctx) => (await ctx.loaders.article.load(c.articleId))!,
    evidence: async (c, _args, ctx) => (await ctx.loaders.sentence.load(c.sentenceId))!,
  },
};
