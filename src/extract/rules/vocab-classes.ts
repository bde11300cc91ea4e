/**
 * Vocabulary classes ({SPEECH_VERB}, {TITLE}, {EVENT_WORD}…) from `seed/vocab/classes.json`:
 * lemma lists, so "address" covers addresses, addressed and addressing. An entry of several
 * words ("take part in", "chief executive") is matched over the lemmas (or lower forms) of
 * consecutive tokens and becomes one unit. "@roles" pulls in `roles.json`; "@cues.<list>" a
 * list of `cue-words.json` ("@cues.<object>.<list>" one inside an object); "@countries" the common names of the packaged list of countries;
 * "@demonyms" English adjectives of places ("Spanish", "Scottish": `Gazetteer.placeOfAdjective`); "@offices" the offices of `offices.json`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VOCAB_DIR } from '../../paths.js';
import { loadGazetteer } from '../gazetteer.js';

export interface VocabClasses {
  /** Classes of a single word, by lemma or lower form. */
  ofWord(word: string): readonly string[];
  /** Root of the trie of multi-word entries, keyed by lemma or lower form word by word. */
  phrases: PhraseNode;
  names: ReadonlySet<string>;
}

export interface PhraseNode {
  next: Map<string, PhraseNode>;
  /** Classes of the entry ending here. */
  classes: string[];
}

const node = (): PhraseNode => ({ next: new Map(), classes: [] });

const require = createRequire(import.meta.url);

/** Offices and the words naming the body each belongs to ("councillor" → "council"): `offices.json`. */
export function loadOffices(dir: string = VOCAB_DIR): Record<string, string[]> {
  return JSON.parse(readFileSync(path.join(dir, 'offices.json'), 'utf8')) as Record<string, string[]>;
}

function expand(entry: string, dir: string): string[] {
  if (entry === '@countries') return (require('world-countries') as Array<{ name: { common: string } }>).map((c) => c.name.common);
  if (entry === '@demonyms') return [...loadGazetteer(dir).placeOfAdjective.keys()];
  if (entry === '@roles') return JSON.parse(readFileSync(path.join(dir, 'roles.json'), 'utf8')) as string[];
  if (entry === '@offices') return Object.keys(loadOffices(dir));
  if (entry.startsWith('@cues.')) {
    const cues = JSON.parse(readFileSync(path.join(dir, 'cue-words.json'), 'utf8')) as Record<string, unknown>;
    // "@cues.fieldCues.memberNouns": a list inside one of the file's objects.
    const list = entry
      .slice('@cues.'.length)
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], cues);
    if (!Array.isArray(list)) throw new Error(`classes.json: "${entry}" names no list in cue-words.json`);
    return list as string[];
  }
  return [entry];
}

export function loadVocabClasses(dir: string = VOCAB_DIR): VocabClasses {
  const raw = JSON.parse(readFileSync(path.join(dir, 'classes.json'), 'utf8')) as Record<string, string[]>;
  const single = new Map<string, string[]>();
  const phrases = node();
  for (const [name, entries] of Object.entries(raw)) {
    if (name.startsWith('//')) continue;
    for (const entry of entries.flatMap((e) => expand(e, dir))) {
      const words = entry.toLowerCase().split(/\s+/).filter(Boolean);
      // A several-word entry classes a mention of just those words too ("New Democrat" is a {PARTY_NAME}).
      const key = words.join(' ');
      const list = single.get(key) ?? [];
      if (!list.includes(name)) list.push(name);
      single.set(key, list);
      if (words.length === 1) continue;
      let at = phrases;
      for (const word of words) {
        let next = at.next.get(word);
        if (!next) at.next.set(word, (next = node()));
        at = next;
      }
      if (!at.classes.includes(name)) at.classes.push(name);
    }
  }
  return {
    ofWord: (word) => single.get(word) ?? [],
    phrases,
    names: new Set(Object.keys(raw).filter((n) => !n.startsWith('//'))),
  };
}
