import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { checkStageOrder, type Stage } from './stage.js';
import { articleIdOf } from '../ids.js';
import { createClaimStage } from './stages/claims.js';
import { createMentionStage } from './stages/mentions.js';
import { createNerStage } from './stages/ner.js';
import { loadShippedNerModel } from '../ner/load.js';
import type { NerModel } from '../ner/model.js';
import { createRelationStage } from './stages/relations.js';
import { createResolveStage } from './stages/resolve.js';
import { createSalienceStage } from './stages/salience.js';
import { segment } from './stages/segment.js';
import { createTypeStage } from './stages/type.js';
import type { ArticleMeta, Doc } from './types.js';

export { EXTRACTOR_VERSION } from './version.js';

export interface ArticleInput {
  title: string;
  body: string;
  url?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
  /** Optional id; by default derived from url or title. */
  id?: string | undefined;
}

export function articleId(input: Pick<ArticleInput, 'id' | 'url' | 'title'>): string {
  if (input.id) return input.id;
  const basis = input.url?.trim() || input.title.trim().toLowerCase();
  return articleIdOf(basis);
}

export function articleText(input: Pick<ArticleInput, 'title' | 'body'>): string {
  return `${input.title.trim()}\n\n${input.body.trim()}`;
}

export interface Pipeline {
  stages: readonly Stage[];
  run(input: ArticleInput): Doc;
}

/** Builds the stage chain once (checking its order) and runs articles through it. */
export interface PipelineOptions {
  /** The trained recogniser; by default the shipped model. `null` runs the rules alone (for measuring them). */
  ner?: NerModel | null;
}

export function createPipeline(gazetteer: Gazetteer = loadGazetteer(), options: PipelineOptions = {}): Pipeline {
  const ner = options.ner === undefined ? loadShippedNerModel() : options.ner;
  const stages: Stage[] = [
    segment,
    ...(ner ? [createNerStage(ner)] : []),
    createMentionStage(gazetteer),
    createTypeStage(gazetteer),
    createResolveStage(gazetteer),
    createRelationStage(gazetteer),
    createSalienceStage(gazetteer),
    createClaimStage(gazetteer),
  ];
  checkStageOrder(stages);
  return {
    stages,
    run(input) {
      const article: ArticleMeta = {
        id: articleId(input),
        title: input.title.trim(),
        url: input.url,
        source: input.source,
        publishedAt: input.publishedAt,
      };
      let doc: Doc = { article, text: articleText(input), sentences: [], mentions: [], entities: [], relations: [], claims: [] };
      for (const stage of stages) doc = stage.run(doc);
      return doc;
    },
  };
}
