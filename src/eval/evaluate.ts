import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../extract/pipeline.js';
import { expandPaths, readArticleFile } from '../ingest/read-articles.js';
import { parseGold } from './gold.js';
import { scoreDoc, sumScores, type Scores } from './score.js';

export interface Evaluation {
  articles: Array<{ file: string; scores: Scores }>;
  total: Scores;
  errors: string[];
}

/** Extracts every article that has a `<name>.gold.json` in `goldDir` and scores it. */
export function evaluate(articlesDir: string, goldDir: string): Evaluation {
  const pipeline = createPipeline();
  const articles: Evaluation['articles'] = [];
  const errors: string[] = [];
  for (const file of expandPaths([articlesDir])) {
    const goldFile = path.join(goldDir, `${path.basename(file, path.extname(file))}.gold.json`);
    if (!existsSync(goldFile)) continue;
    const [record] = readArticleFile(file);
    if (!record?.input) {
      errors.push(record?.error?.message ?? `${file}: unreadable`);
      continue;
    }
    try {
      const gold = parseGold(goldFile, JSON.parse(readFileSync(goldFile, 'utf8')));
      articles.push({ file, scores: scoreDoc(pipeline.run(record.input), gold) });
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  return { articles, total: sumScores(articles.map((a) => a.scores)), errors };
}
