import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../src/paths.js';
import { parseTxt } from '../../src/ingest/read-articles.js';
import { createPipeline, type ArticleInput } from '../../src/extract/pipeline.js';
import type { Doc } from '../../src/extract/types.js';

export const SEED_FILE = path.join(ROOT, 'seed', 'articles', 'alibaba-wic-wuzhen.txt');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

export function readTxt(file: string): ArticleInput {
  return parseTxt(file, readFileSync(file, 'utf8'));
}

const pipeline = createPipeline();

export function extract(input: ArticleInput | string): Doc {
  return pipeline.run(typeof input === 'string' ? { title: 'Test', body: input } : input);
}

export const entityIds = (doc: Doc) => doc.entities.map((e) => e.id);
export const relationTriples = (doc: Doc) => doc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
