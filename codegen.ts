import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema/ and never edited by hand.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    // The enums as runtime constants, so the extractor and the graph layer take their lists
    // (the relationship types above all) from the schema instead of writing them again.
    'src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../api/context.js#RequestContext',
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        mappers: {
          Person: '../graph/rows.js#EntityRow',
          Organization: '../graph/rows.js#EntityRow',
          Event: '../graph/rows.js#EntityRow',
          Place: '../graph/rows.js#EntityRow',
          Industry: '../graph/rows.js#EntityRow',
          Topic: '../graph/rows.js#EntityRow',
          Entity: '../graph/rows.js#EntityRow',
          Relationship: '../graph/rows.js#RelationshipValue',
          Claim: '../graph/rows.js#ClaimRow',
          Article: '../graph/rows.js#ArticleRow',
          Sentence: '../graph/rows.js#SentenceRow',
          Mention: '../graph/rows.js#MentionRow',
          Evidence: '../graph/rows.js#EvidenceRow',
          Subgraph: '../graph/rows.js#SubgraphRow',
          Tie: '../graph/rows.js#TieRow',
          Path: '../graph/rows.js#PathRow',
          Stats: '../graph/rows.js#StatsRow',
          SearchHit: '../graph/rows.js#SearchHitRow',
          CoMention: '../graph/rows.js#CoMentionRow',
          IngestResult: '../graph/rows.js#IngestResultRow',
        },
        avoidOptionals: { field: true },
        maybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
