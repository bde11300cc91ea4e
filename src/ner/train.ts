/**
 * Averaged-perceptron training: greedy decoding with the current weights, and on each wrong
 * token +1 to the gold tag's weights and −1 to the predicted tag's, over the features the
 * decoder saw (its own previous tags, as at tagging time). Averaging the weights over every
 * step keeps late updates from dominating. Shuffles use a seeded generator: same data, same seed,
 * same model.
 */
import { gzipSync } from 'node:zlib';
import type { TaggedSentence } from './corpus.js';
import { FeatureExtractor } from './features.js';
import { DocumentMemory } from './memory.js';
import type { NerLexicon } from './lexicon.js';
import { decodeGreedy, NerModel, type ModelFile } from './model.js';
import { TAG_COUNT as TAG_COUNT_EXPORT, TAG_INDEX, TAGS } from './tags.js';

const TAG_COUNT = TAG_COUNT_EXPORT;

/** mulberry32: a small seeded generator, for reproducible shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Sentences per stand-in document (the memory's window). */
  chunk?: number;
  /** Train with the document memory's features. */
  useMemory?: boolean;
  /** Called after each epoch with its number and the share of tokens tagged right. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Growable weights with lazy averaging: each weight remembers when it last changed. */
class AveragedWeights {
  weights = new Float64Array(1 << 16);
  private totals = new Float64Array(1 << 16);
  private stamps = new Int32Array(1 << 16);
  step = 1;

  ensure(features: number): void {
    const need = features * TAG_COUNT;
    if (need <= this.weights.length) return;
    let size = this.weights.length;
    while (size < need) size *= 2;
    const grow = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.weights = grow(this.weights, (n) => new Float64Array(n));
    this.totals = grow(this.totals, (n) => new Float64Array(n));
    this.stamps = grow(this.stamps, (n) => new Int32Array(n));
  }

  update(ids: ArrayLike<number>, tag: number, delta: number): void {
    for (let k = 0; k < ids.length; k += 1) {
      const i = ids[k]! * TAG_COUNT + tag;
      this.totals[i]! += (this.step - this.stamps[i]!) * this.weights[i]!;
      this.stamps[i] = this.step;
      this.weights[i]! += delta;
    }
  }

  averaged(count: number): Float64Array {
    const out = new Float64Array(count * TAG_COUNT);
    for (let i = 0; i < out.length; i += 1) out[i] = (this.totals[i]! + (this.step - this.stamps[i]!) * this.weights[i]!) / this.step;
    return out;
  }
}

export interface Trained {
  features: string[];
  weights: Float64Array;
}

export function train(sentences: readonly TaggedSentence[], lexicon: NerLexicon, options: TrainOptions = {}): Trained {
  const { epochs = 16, seed = 17, chunk = 40, useMemory = true } = options;
  const index = new Map<string, number>();
  const features: string[] = [];
  const intern = (f: string) => {
    let id = index.get(f);
    if (id === undefined) {
      id = features.length;
      index.set(f, id);
      features.push(f);
    }
    return id;
  };
  const extractor = new FeatureExtractor(lexicon, intern);
  const prepared = sentences.map((s) => ({ features: extractor.sentence(s.tokens), gold: s.tags.map((t) => TAG_INDEX.get(t) ?? 0) }));
  const model = new AveragedWeights();
  const random = seededRandom(seed);
  // Sentences are shuffled in runs of `chunk` kept in order, so each run can stand for a document.
  const order = Array.from({ length: Math.ceil(prepared.length / chunk) }, (_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0;
    let total = 0;
    for (const run of order) {
      const memory = new DocumentMemory(chunk);
      for (let at = run * chunk; at < Math.min(prepared.length, (run + 1) * chunk); at += 1) {
        const { features: sentence, gold } = prepared[at]!;
        const tokens = sentences[at]!.tokens;
        if (useMemory) extractor.remembered(tokens, sentence, memory);
        model.ensure(features.length + 64);
        const predicted = decodeGreedy(sentence, extractor, model.weights, (i, history, chosen) => {
          model.ensure(features.length);
          total += 1;
          const truth = gold[i]!;
          if (truth === chosen) {
            right += 1;
          } else {
            model.update(sentence.ids[i]!, truth, 1);
            model.update(history, truth, 1);
            model.update(sentence.ids[i]!, chosen, -1);
            model.update(history, chosen, -1);
          }
          model.step += 1;
          if (sentence.memory?.[i]) {
            if (truth !== chosen) {
              model.update(sentence.memory[i]!, truth, 1);
              model.update(sentence.memory[i]!, chosen, -1);
            }
          }
        });
        memory.record(tokens, predicted.tags);
      }
    }
    options.onEpoch?.(epoch, right / total);
  }
  return { features, weights: model.averaged(features.length) };
}

export interface PackOptions {
  /** Weights whose magnitude is below this are dropped; a feature with none left is dropped. */
  minWeight?: number;
  card?: Record<string, unknown>;
}

/** Prunes tiny weights, rounds the rest to 16-bit integers and packs the model file. */
export function packModel(trained: Trained, options: PackOptions = {}): { file: ModelFile; gz: Buffer } {
  const { minWeight = 0.05 } = options;
  let max = 0;
  for (const w of trained.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32000 || 1;
  const kept: string[] = [];
  const ints: number[] = [];
  trained.features.forEach((feature, f) => {
    const row: number[] = [];
    let any = false;
    for (let t = 0; t < TAG_COUNT; t += 1) {
      const w = trained.weights[f * TAG_COUNT + t]!;
      const keep = Math.abs(w) >= minWeight;
      row.push(keep ? Math.round(w / scale) : 0);
      any ||= keep;
    }
    if (!any) return;
    kept.push(feature);
    ints.push(...row);
  });
  const packed = Int16Array.from(ints);
  const file: ModelFile = {
    version: 1,
    tags: TAGS,
    features: kept,
    weights: Buffer.from(packed.buffer).toString('base64'),
    scale,
    card: options.card ?? {},
  };
  return { file, gz: gzipSync(JSON.stringify(file), { level: 9 }) };
}

/** A model straight from training (no file), for measuring before packing. */
export function modelOf(trained: Trained, lexicon: NerLexicon): NerModel {
  const index = new Map(trained.features.map((f, i) => [f, i]));
  return new NerModel(index, Float32Array.from(trained.weights), lexicon);
}
