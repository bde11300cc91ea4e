import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../paths.js';

/** The SDL of schema/*.graphql, the API contract, in a stable order. */
export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}
