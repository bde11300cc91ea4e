import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../eval/evaluate.js';
import { renderQualityReport } from '../eval/report.js';
import { ROOT } from '../paths.js';
import { f1, type Counts } from '../eval/score.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);

function row(label: string, c: Counts): string {
  const s = f1(c);
  return `${label.padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** Where `eval --report` writes, and the gold sets it reads. */
export const QUALITY_REPORT = path.join(ROOT, 'docs', 'extraction-quality.md');
export const GOLD_SETS = path.join(ROOT, 'tests', 'fixtures');

/** `eval --report`: docs/extraction-quality.md from every gold set under tests/fixtures. */
export function writeQualityReport(): number {
  mkdirSync(path.dirname(QUALITY_REPORT), { recursive: true });
  writeFileSync(QUALITY_REPORT, renderQualityReport(GOLD_SETS));
  process.stderr.write(`wrote ${path.relative(process.cwd(), QUALITY_REPORT)}\n`);
  return 0;
}

/** `eval ARTICLES_DIR GOLD_DIR [--misses] [--json]`: precision/recall/F1 tables. */
export function runEvaluate(articlesDir: string, goldDir: string, options: { misses: boolean; json: boolean }): number {
  const result = evaluate(path.resolve(articlesDir), path.resolve(goldDir));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const { total } = result;
  const lines = [`${result.articles.length} article(s) with gold`, `${''.padEnd(16)}     P     R    F1`];
  for (const [type, counts] of Object.entries(total.entities).sort()) if (type !== 'all') lines.push(row(`  ${type}`, counts));
  lines.push(row('entities (all)', total.entities.all!), row('relations', total.relations), row('claims', total.claims));
  const speakers = total.speakers.total ? total.speakers.correct / total.speakers.total : 0;
  lines.push(`speaker accuracy ${pct(speakers)}   (${total.speakers.correct}/${total.speakers.total} matched claims)`);
  if (options.misses) lines.push('', ...total.misses);
  for (const error of result.errors) lines.push(`error: ${error}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return result.errors.length ? 1 : 0;
}
