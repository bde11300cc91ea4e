import { createPipeline } from '../extract/pipeline.js';
import { toContract } from '../extract/contract.js';
import { readArticleFile } from '../ingest/read-articles.js';

/** `extract FILE`: the contract JSON on stdout, nothing else; errors on stderr, exit 1. */
export function runExtract(file: string): number {
  const records = readArticleFile(file);
  const first = records[0];
  if (!first || first.error || !first.input) {
    process.stderr.write(`newsgraph: ${first?.error?.message ?? `${file}: no article found.`}\n`);
    return 1;
  }
  const pipeline = createPipeline();
  const doc = pipeline.run(first.input);
  process.stdout.write(`${JSON.stringify(toContract(doc), null, 2)}\n`);
  return 0;
}
