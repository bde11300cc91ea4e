import type { Resolvers } from '../generated/graphql.js';
import { formOf } from './enums.js';
import { invariant } from '../errors.js';
import { roundConfidence } from '../export/confidence.js';
import { articleOfSentence } from '../ids.js';
import { EVIDENCE_READ } from '../graph/queries/projections.js';
import { isFactLoaded, type EntityRow, type RelationshipRow, type RelationshipValue } from '../graph/rows.js';
import type { RequestContext } from '../api/context.js';
import { pageSize } from './paging.js';

async function factEnd(ctx: RequestContext, id: string, missing: string): Promise<EntityRow> {
  const entity = await ctx.loaders.entity.load(id);
  invariant(entity, missing);
  return entity;
}

/**
 * A field of a fact's full row: from the row in hand (synchronously, as most facts come), or
 * read, batched, for a fact a ranked neighbourhood returned by id.
 */
function detail<K extends keyof RelationshipRow>(key: K) {
  return (r: RelationshipValue, _args: unknown, ctx: RequestContext): RelationshipRow[K] | Promise<RelationshipRow[K]> => {
    if (isFactLoaded(r)) return r[key];
    return ctx.loaders.fact.load(r.id).then((row) => {
      invariant(row, `relationship ${r.id} is listed but not stored`);
      return row[key];
    });
  };
}

const confidenceOf = detail('confidence');

export const factResolvers: Resolvers = {
  Relationship: {
    role: detail('role'),
    confidence: (r, args, ctx) => {
      const confidence = confidenceOf(r, args, ctx);
      return typeof confidence === 'number' ? roundConfidence(confidence) : confidence.then(roundConfidence);
    },
    extractorVersion: detail('extractorVersion'),
    evidenceCount: detail('evidenceCount'),
    source: (r, _args, ctx) => ctx.loaders.entityInHand(r.sourceId) ?? factEnd(ctx, r.sourceId, `relationship ${r.id} has no source`),
    target: (r, _args, ctx) => ctx.loaders.entityInHand(r.targetId) ?? factEnd(ctx, r.targetId, `relationship ${r.id} has no target`),
    evidence: async (r, args, ctx) => {
      const first = Math.min(pageSize(args.first, ctx.limits, 10), EVIDENCE_READ);
      const ids = (isFactLoaded(r) && r.evidence) || (await ctx.loaders.evidence.load(r.id));
      return ids.slice(0, first).map((sentenceId) => ({ sentenceId, articleId: articleOfSentence(sentenceId) }));
    },
  },
  Evidence: {
    sentence: async (e, _args, ctx) => (await ctx.loaders.sentence.load(e.sentenceId))!,
    article: async (e, _args, ctx) => (await ctx.loaders.article.load(e.articleId))!,
  },
  Claim: {
    form: (c) => formOf(c.form),
    confidence: (c) => roundConfidence(c.confidence),
    speaker: (c, _args, ctx) => (c.speakerId ? ctx.loaders.entity.load(c.speakerId) : null),
    about: async (c, _args, ctx) => (await ctx.loaders.entity.loadMany(c.aboutIds)).filter((e) => e && !(e instanceof Error)) as never,
    madeAt: (c, _args, ctx) => (c.madeAtId ? ctx.loaders.entity.load(c.madeAtId) : null),
    article: async (c, _args, ctx) => (await ctx.loaders.article.load(c.articleId))!,
    evidence: async (c, _args, ctx) => (await ctx.loaders.sentence.load(c.sentenceId))!,
  },
};
