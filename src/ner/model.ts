/**
 * The trained recogniser: feature weights per tag, and greedy left-to-right decoding that
 * only takes valid BIO transitions (an I-X only after a B-X or I-X).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { FeatureExtractor, type SentenceFeatures } from './features.js';
import type { NerLexicon } from './lexicon.js';
import type { DocumentMemory } from './memory.js';
import { TAG_COUNT as TAG_COUNT_EXPORT, TAGS, validTransition } from './tags.js';

/** A local copy: an imported binding may be read through a getter, which the inner loops feel. */
const TAG_COUNT = TAG_COUNT_EXPORT;

export interface Tagged {
  tags: string[];
  /** Per token: the chosen tag's score minus the best other valid tag's (a rough confidence). */
  margins: number[];
}

/** VALID[(previous + 1) * TAG_COUNT + next]: may `next` follow `previous` (-1 at a sentence's start)? */
const VALID = Uint8Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) =>
  Number(validTransition(Math.floor(k / TAG_COUNT) - 1, k % TAG_COUNT)),
);

/** Adds the weights of `ids` per tag into `scores`. */
export function addWeights(weights: Float32Array | Float64Array, ids: ArrayLike<number>, scores: Float64Array): void {
  for (let k = 0; k < ids.length; k += 1) {
    const base = ids[k]! * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t]! += weights[base + t]!;
  }
}

/**
 * Greedy decoding over one sentence's features; `weights` may still be training (the trainer
 * decodes with the same code). `onToken` sees each token's history ids and choice.
 */
export function decodeGreedy(
  features: SentenceFeatures,
  extractor: FeatureExtractor,
  weights: Float32Array | Float64Array,
  onToken?: (i: number, history: readonly number[], chosen: number) => void,
): Tagged {
  const n = features.ids.length;
  const tags: string[] = new Array(n);
  const margins: number[] = new Array(n);
  const scores = new Float64Array(TAG_COUNT);
  const history: number[] = [];
  let previous = -1;
  let beforePrevious = -1;
  for (let i = 0; i < n; i += 1) {
    scores.fill(0);
    addWeights(weights, features.ids[i]!, scores);
    const remembered = features.memory?.[i];
    if (remembered) addWeights(weights, remembered, scores);
    extractor.history(previous, beforePrevious, features.lowers[i]!, features.shorts[i]!, history);
    addWeights(weights, history, scores);
    let best = -1;
    let second = -Infinity;
    for (let t = 0; t < TAG_COUNT; t += 1) {
      if (!VALID[(previous + 1) * TAG_COUNT + t]) continue;
      if (best < 0 || scores[t]! > scores[best]!) {
        if (best >= 0) second = Math.max(second, scores[best]!);
        best = t;
      } else second = Math.max(second, scores[t]!);
    }
    onToken?.(i, history, best);
    tags[i] = TAGS[best]!;
    margins[i] = scores[best]! - second;
    beforePrevious = previous;
    previous = best;
  }
  return { tags, margins };
}

/** What the model file holds (gzipped JSON). */
export interface ModelFile {
  version: 1;
  tags: readonly string[];
  features: string[];
  /** Weights as integers, feature-major (TAG_COUNT per feature), base64 of an Int16Array; weight = int * scale. */
  weights: string;
  scale: number;
  card: Record<string, unknown>;
}

export class NerModel {
  readonly extractor: FeatureExtractor;
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    readonly weights: Float32Array,
    lexicon: NerLexicon,
    readonly card: Record<string, unknown> = {},
  ) {
    this.extractor = new FeatureExtractor(lexicon, (f) => index.get(f) ?? -1);
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Tags one sentence; with a document's memory, earlier sentences' tags count as evidence (and this one's are recorded). */
  tag(tokens: readonly string[], memory?: DocumentMemory): Tagged {
    if (!tokens.length) return { tags: [], margins: [] };
    const features = this.extractor.sentence(tokens);
    if (memory) this.extractor.remembered(tokens, features, memory);
    const tagged = decodeGreedy(features, this.extractor, this.weights);
    memory?.record(tokens, tagged.tags);
    return tagged;
  }

  static fromFile(file: ModelFile, lexicon: NerLexicon): NerModel {
    const bytes = Buffer.from(file.weights, 'base64');
    const ints = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    const weights = new Float32Array(ints.length);
    for (let i = 0; i < ints.length; i += 1) weights[i] = ints[i]! * file.scale;
    const index = new Map<string, number>();
    file.features.forEach((f, i) => index.set(f, i));
    return new NerModel(index, weights, lexicon, file.card);
  }

  static load(path: string, lexicon: NerLexicon): NerModel {
    return NerModel.fromFile(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile, lexicon);
  }
}
