import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The nearest folder up from `dir` holding package.json: this file runs from src/ and from dist/node/. */
function packageRoot(dir: string): string {
  const parent = path.dirname(dir);
  return existsSync(path.join(dir, 'package.json')) || parent === dir ? dir : packageRoot(parent);
}

/** The repository root. */
export const ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

export const NEO4J_PROJECT = path.join(ROOT, 'neo4j');
export const LOCAL_DATA = path.join(ROOT, '.neo4j');
export const SCHEMA_DIR = path.join(ROOT, 'schema');
export const SEED_ARTICLES = path.join(ROOT, 'seed', 'articles');
export const VOCAB_DIR = path.join(ROOT, 'seed', 'vocab');
/** The browser bundles (playground, explorer), built by `npm run build:playground`. */
export const BUNDLE_DIR = path.join(ROOT, 'dist', 'playground');
