import type { Resolvers } from '../generated/graphql.js';
import { badInput, notFound, unauthenticated } from '../errors.js';
import { MergeAcrossKindsError, mergeEntityInto } from '../graph/curation.js';
import { currentIds } from './entity-ids.js';
import { loadArticles, type LoadResult } from '../ingest/load.js';
import { MAX_ARTICLE_BYTES, articleBytes } from '../ingest/read-articles.js';

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_root, { input }, ctx) => {
      if (!ctx.authorized) throw unauthenticated();
      if (!input.title.trim() || !input.text.trim()) throw badInput('An article needs a title and text.', { argument: 'input' });
      // The same limit as files: one article is one transaction.
      const bytes = articleBytes(input.title, input.text);
      if (bytes > MAX_ARTICLE_BYTES)
        throw badInput(
          `The article is ${bytes} bytes (title and text, UTF-8); articles over ${MAX_ARTICLE_BYTES} bytes are refused. Split it into parts.`,
          { argument: 'input.text' },
        );
      const { rows } = await ctx.extractor().extract({
        title: input.title,
        body: input.text,
        url: input.url ?? undefined,
        source: input.source ?? undefined,
        publishedAt: input.publishedAt ?? undefined,
      });
      const [{ articleId, changed, entities, relations, claims }] = (await loadArticles(ctx.graph, [rows])) as [LoadResult];
      return { articleId, changed, entities, relationships: relations, claims };
    },
    mergeEntities: async (_root, { keep, merge, force }, ctx) => {
      if (!ctx.authorized) throw unauthenticated();
      // Every id must name an entity; a folded id names the one that absorbed it, and is merged (or kept) as that one.
      const ids = await currentIds(ctx, [keep, ...merge], ' Nothing was merged.');
      const kept = ids[0]!;
      // Each entity once: a list naming one id many times wrote it into the merge record as often, squared.
      const others = [...new Set(ids.slice(1))].filter((id) => id !== kept);
      if (others.length === 0) throw badInput('`merge` must name at least one entity other than `keep`.', { argument: 'merge' });
      // One shared key identifies no one in particular; a per-client key would name its holder here.
      const result = await mergeEntityInto(ctx.graph, kept, others, { force: force ?? false, by: 'api-key' }).catch((error: unknown) => {
        if (error instanceof MergeAcrossKindsError) throw badInput(error.message, { argument: 'force' });
        throw error;
      });
      if (!result) throw notFound(`No entity with id "${keep}".`);
      // The loader holds the ids read above, merged ones among them.
      for (const id of new Set([keep, ...merge, kept])) ctx.loaders.entity.clear(id);
      ctx.loaders.mergeRecords.clear(kept);
      return result;
    },
  },
  IngestResult: {
    article: async (r, _args, ctx) => (await ctx.loaders.article.load(r.articleId))!,
  },
};
