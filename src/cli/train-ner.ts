/**
 * Trains the named-entity recogniser on CoNLL-2003's training file and writes the model:
 *   npm run train:ner -- --data NLP_DATA_DIR [--out models/ner-en.json.gz] [--epochs 16] [--seed 17]
 * Deterministic: the same data and seed give the same file. One core, well under a minute.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../extract/gazetteer.js';
import { readCorpus } from '../ner/corpus.js';
import { lexiconFromGazetteer } from '../ner/lexicon.js';
import { DEFAULT_NER_MODEL } from '../ner/load.js';
import { packModel, train } from '../ner/train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string', default: DEFAULT_NER_MODEL },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '17' },
    'min-weight': { type: 'string', default: '0.05' },
  },
});
if (!values.data) {
  console.error('usage: npm run train:ner -- --data DIR [--out FILE] [--epochs N] [--seed N]');
  process.exit(2);
}
const started = performance.now();
const file = path.join(values.data, 'conll2003-train.txt');
const sentences = readCorpus(file);
const lexicon = lexiconFromGazetteer(loadGazetteer());
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const trained = train(sentences, lexicon, {
  epochs,
  seed,
  onEpoch: (epoch, accuracy) => console.log(`epoch ${epoch}: ${(100 * accuracy).toFixed(2)} % of training tokens right`),
});
const seconds = (performance.now() - started) / 1000;
const { gz, file: model } = packModel(trained, {
  minWeight: Number(values['min-weight']),
  card: {
    trainedOn: 'conll2003-train.txt (CoNLL-2003 English training set, Reuters news; annotations University of Antwerp; research use)',
    sentences: sentences.length,
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
    epochs,
    seed,
  },
});
writeFileSync(values.out, gz);
console.log(
  `${model.features.length} features kept of ${trained.features.length}; ${(gz.length / 1024).toFixed(0)} KiB → ${values.out}; ${seconds.toFixed(0)} s`,
);
