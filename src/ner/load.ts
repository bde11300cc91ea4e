/**
 * The shipped model (models/ner-en.json.gz), loaded once per process: each worker thread has
 * its own module instance, so each loads its own copy (~1 s at most, a few tens of MB).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from '../extract/gazetteer.js';
import { ROOT } from '../paths.js';
import { lexiconFromGazetteer } from './lexicon.js';
import { NerModel } from './model.js';

export const DEFAULT_NER_MODEL = path.join(ROOT, 'models', 'ner-en.json.gz');

let cached: NerModel | null | undefined;

/** The shipped model, or null when the file is missing (the pipeline then runs on its rules alone). */
export function loadShippedNerModel(): NerModel | null {
  if (cached === undefined)
    cached = existsSync(DEFAULT_NER_MODEL) ? NerModel.load(DEFAULT_NER_MODEL, lexiconFromGazetteer(loadGazetteer())) : null;
  return cached;
}
