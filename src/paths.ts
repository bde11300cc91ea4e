import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file's place in src/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const NEO4J_PROJECT = path.join(ROOT, 'neo4j');
export const LOCAL_DATA = path.join(ROOT, '.neo4j');
export const SCHEMA_DIR = path.join(ROOT, 'schema');
export const SEED_ARTICLES = path.join(ROOT, 'seed', 'articles');
export const VOCAB_DIR = path.join(ROOT, 'seed', 'vocab');
/** The browser bundles (playground, explorer), built by `npm run build:playground`. */
export const BUNDLE_DIR = path.join(ROOT, 'dist', 'playground');
