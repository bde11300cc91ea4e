/**
 * The phrase layer: a sentence as units a pattern can step over. Each resolved mention is one
 * unit carrying its entity kind ("Corra Chief Executive Ines Mota" is three units: an
 * organisation, a title phrase, a person); each multi-word vocabulary entry is one unit carrying
 * its classes; every other token is a unit with its lower form, lemma and part of speech.
 * `nounPhraseEnds` and `listAt` read noun phrases and coordinated lists off these units.
 */
import { headWord, stems } from '../text.js';
import type { Mention, Sentence, Token } from '../types.js';
import type { Unit } from './types.js';
import type { PhraseNode, VocabClasses } from './vocab-classes.js';

const NO_CLASSES: ReadonlySet<string> = new Set();

/** Endings of nouns for occupations the role lists need not spell out one by one. */
const OCCUPATION_ENDING = /(?:ologist|ographer|ician)s?$/;

const memo = new WeakMap<VocabClasses, Map<string, ReadonlySet<string>>>();

/** Classes of a word by its lemma and lower form, remembered per vocabulary (words repeat across articles). */
function classSet(classes: VocabClasses, lemma: string, lower: string = lemma): ReadonlySet<string> {
  let cache = memo.get(classes);
  if (!cache) memo.set(classes, (cache = new Map()));
  const key = lemma === lower ? lemma : `${lemma}|${lower}`;
  const known = cache.get(key);
  if (known) return known;
  const words = lemma === lower ? [lemma] : [lemma, lower];
  let found = words.flatMap((w) => classes.ofWord(w));
  if (found.length === 0) found = words.flatMap(stems).flatMap((w) => classes.ofWord(w));
  // "vice-chairman", "deputy-director": a role's modifier joined to it by a hyphen is still that role.
  const hyphen = lower.indexOf('-');
  if (found.length === 0 && hyphen > 0 && classes.ofWord(lower.slice(0, hyphen)).includes('ROLE_MODIFIER'))
    found = [...classes.ofWord(lower.slice(hyphen + 1))];
  // "ornithologist", "oceanographer", "statistician": words of these endings name occupations, as titles do.
  if (found.length === 0 && OCCUPATION_ENDING.test(lower)) found = ['TITLE'];
  const set = found.length === 0 ? NO_CLASSES : new Set(found);
  if (cache.size > 100_000) cache.clear();
  cache.set(key, set);
  return set;
}

/** Classes a name takes from its head word: nouns only ("the Lindholm Forum" is an {EVENT_WORD}, "Madrid Open" no verb). */
const HEAD_CLASS = /_(?:NOUN|WORD)$/;

function tokenUnit(sentence: Sentence, t: Token, classes: VocabClasses): Unit {
  const lower = t.text.toLowerCase();
  const lemma = t.lemma ?? lower;
  return { text: t.text, lower, lemma, pos: t.pos, start: t.start, end: t.end, classes: classSet(classes, lemma, lower) };
}

function mentionUnit(sentence: Sentence, m: Mention, first: Token | undefined, last: Token | undefined, classes: VocabClasses): Unit {
  const start = Math.min(m.start, first?.start ?? m.start);
  const end = Math.max(m.end, last?.end ?? m.end);
  const text = sentence.text.slice(start, end);
  const lower = text.toLowerCase();
  const pos = m.source === 'pronoun' ? 'PRON' : m.source === 'description' ? 'NOUN' : 'PROPN';
  // The last word's classes, and the head's before "of" or "for" ("Institute for Planetary Research" is an institute).
  const headOfName = headWord(text).toLowerCase();
  const head = [...classSet(classes, last?.lemma ?? lower), ...classSet(classes, headOfName)].filter((c) => HEAD_CLASS.test(c));
  const own = classSet(classes, lower);
  return {
    text,
    lower,
    lemma: lower,
    pos,
    start,
    end,
    // A possessive "its" inside a sentence stands for its owner only where a rule asks for it
    // (`SOURCE: pronoun`); as an entity it would be a subject of every rule.
    ent: m.source === 'pronoun' && lower === 'its' && m.start > 0 ? undefined : m.type,
    mention: m,
    classes: head.length === 0 ? own : new Set([...own, ...head]),
  };
}

/** The longest multi-word class entry starting at unit `i`, as [end index, classes]. */
function longestPhrase(units: Unit[], i: number, root: PhraseNode): [number, string[]] | undefined {
  const first = units[i]!;
  if (!root.next.has(first.lemma) && !root.next.has(first.lower)) return undefined;
  // Both the lemma and the lower form may lead on ("taken over" by form, "take part" by lemma).
  let nodes: PhraseNode[] = [root];
  let best: [number, string[]] | undefined;
  for (let j = i; nodes.length > 0 && j < units.length && !units[j]!.mention; j += 1) {
    const u = units[j]!;
    nodes = nodes
      .flatMap((n) => [n.next.get(u.lemma), u.lower !== u.lemma ? n.next.get(u.lower) : undefined])
      .filter((n): n is PhraseNode => !!n);
    const ending = nodes.find((n) => n.classes.length > 0);
    if (ending && j > i) best = [j + 1, ending.classes];
  }
  return best;
}

/**
 * Where a hyphened compound the tagger split ("legal - market", "director - general", "start - up", "39 - year - old")
 * that opens at token `i` ends: word, hyphen, word, with no space between, before any mention.
 * Returns `i` when none opens there.
 */
function hyphenCompoundEnd(tokens: Token[], i: number, mentionStart: number): number {
  let end = i;
  // A number may open one ("a 39-year-old backbench member", "a 12-week strike"), but only words follow.
  while (WORD_PART.test(tokens[end]!.text) || (end === i && /^\d+$/.test(tokens[end]!.text))) {
    const [dash, next] = [tokens[end + 1], tokens[end + 2]];
    if (dash?.text !== '-' || !next || !WORD_PART.test(next.text) || next.start >= mentionStart) break;
    if (dash.start !== tokens[end]!.end || next.start !== dash.end) break;
    end += 2;
  }
  return end;
}

/**
 * A hyphened compound as one unit, so that a pattern steps over "an intellectual-property partner"
 * as over "a property partner" and the vocabulary's "director-general" and "fly-half" are found.
 * Its head is its last word: a participle makes it an adjective ("state-owned"), a particle a noun ("start-up").
 */
function compoundUnit(parts: Token[], classes: VocabClasses): Unit {
  const last = parts[parts.length - 1]!;
  const text = parts.map((t) => t.text).join('');
  const lower = text.toLowerCase();
  const lemma = `${lower.slice(0, lower.length - last.text.length)}${last.lemma ?? last.text.toLowerCase()}`;
  const pos = last.pos === 'VERB' ? 'ADJ' : last.pos === 'ADP' || last.pos === 'ADV' ? 'NOUN' : last.pos;
  return { text, lower, lemma, pos, start: parts[0]!.start, end: last.end, classes: classSet(classes, lemma, lower) };
}

/** Letters only: a piece of a word the tokenizer split. */
const WORD_PART = /^\p{L}+$/u;

/**
 * Where a person's unit ends when an age follows the name ("Menon, 36, is the founder"): the age
 * is part of the unit, and so is its closing comma before a verb, so that patterns read on as if
 * it were not there ("Menon is the founder", "Ashworth, a former head teacher").
 */
function pastAge(tokens: Token[], last: number): number {
  const [comma, age, close, next] = tokens.slice(last + 1, last + 5);
  if (comma?.text !== ',' || !/^\d{1,3}$/.test(age?.text ?? '') || close?.text !== ',') return last;
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? last + 3 : last + 2;
}

/** Where a body's unit ends when its acronym follows in brackets ("the Exporters Association (MISEA) said"). */
function pastAcronym(tokens: Token[], last: number): number {
  const [open, acronym, close] = tokens.slice(last + 1, last + 4);
  return open?.text === '(' && /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(acronym?.text ?? '') && close?.text === ')' ? last + 3 : last;
}

/** A sentence's units, in order: mentions first claim their tokens, then class phrases. */
export function sentenceUnits(sentence: Sentence, mentions: readonly Mention[], classes: VocabClasses): Unit[] {
  const tokens = sentence.tokens.filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '');
  const typed = mentions.filter((m) => m.type && m.entity);
  const units: Unit[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    while (k < typed.length && typed[k]!.end <= t.start) k += 1;
    const m = typed[k];
    if (m && m.start < t.end) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.start < m.end) j += 1;
      // A unit never ends inside a word: the tagger splits some letters off ("Vl" "č" "ková"),
      // and a mention cut short there still stands for the whole word.
      while (
        j + 1 < tokens.length &&
        tokens[j + 1]!.start === tokens[j]!.end &&
        WORD_PART.test(tokens[j + 1]!.text) &&
        WORD_PART.test(tokens[j]!.text)
      )
        j += 1;
      if (m.type === 'Person') j = pastAge(tokens, j);
      else if (m.type === 'Organization') j = pastAcronym(tokens, j);
      units.push(mentionUnit(sentence, m, t, tokens[j], classes));
      k += 1;
      i = j + 1;
      continue;
    }
    const compound = hyphenCompoundEnd(tokens, i, typed[k]?.start ?? Infinity);
    units.push(compound > i ? compoundUnit(tokens.slice(i, compound + 1), classes) : tokenUnit(sentence, t, classes));
    i = compound + 1;
  }
  // Multi-word vocabulary entries ("chief executive", "take part in") become one unit each.
  const merged: Unit[] = [];
  for (let i = 0; i < units.length;) {
    const phrase = longestPhrase(units, i, classes.phrases);
    if (!phrase) {
      merged.push(units[i]!);
      i += 1;
      continue;
    }
    const [end, names] = phrase;
    const first = units[i]!;
    const last = units[end - 1]!;
    const text = sentence.text.slice(first.start, last.end);
    const lemma = units
      .slice(i, end)
      .map((u) => u.lemma)
      .join(' ');
    // "ruled that", "taken over": a verb phrase is a verb; "chief executive" a noun, and so is an entry of a
    // noun, word or title class whose first word the tagger read as a verb ("think tank", "managing director",
    // "trade fair").
    const nounEntry = names.some((name) => HEAD_CLASS.test(name) || name.endsWith('TITLE'));
    const pos = !nounEntry && (first.pos === 'VERB' || first.pos === 'AUX') ? first.pos : nounEntry ? 'NOUN' : last.pos;
    // A noun's entry keeps the noun classes of its last word: a "trade fair" is an {EVENT_WORD} as a "fair" is.
    const head = pos === 'VERB' || pos === 'AUX' ? [] : [...last.classes].filter((c) => HEAD_CLASS.test(c));
    merged.push({
      text,
      lower: text.toLowerCase(),
      lemma,
      pos,
      start: first.start,
      end: last.end,
      classes: new Set([...names, ...classes.ofWord(lemma), ...head]),
    });
    i = end;
  }
  return asApposition(modifiersBeforeTitles(joinCoordinatedTitles(merged)));
}

/** "the new chief executive": a title's modifier the tagger read as an adverb is an adjective. */
function modifiersBeforeTitles(units: Unit[]): Unit[] {
  return units.map((u, i) =>
    u.pos === 'ADV' && u.classes.has('ROLE_MODIFIER') && units[i + 1]?.classes.has('TITLE') ? { ...u, pos: 'ADJ' } : u,
  );
}

const BULLETS = new Set(['•', '·', '*', '-', '–', '—', '▪', '■']);
const DASHES = new Set(['—', '–', '-']);

/**
 * "• Bradley Kessler — chief executive of Redwater…": an entry of a who's-who list is a name and
 * what it is, the dash standing for an apposition's comma; the bullet is no word of the sentence.
 */
function asApposition(units: Unit[]): Unit[] {
  const entry = BULLETS.has(units[0]?.lower ?? '') && units[1]?.mention ? units.slice(1) : units;
  const [name, dash] = entry;
  if (!name?.mention || !dash || !DASHES.has(dash.lower)) return entry;
  return [name, { ...dash, lower: ',', lemma: ',' }, ...entry.slice(2)];
}

/**
 * "the founder and chief executive of Kharif Labs", "president and CEO", "the founder and former managing
 * director of X": two titles joined by "and" (the second perhaps "former") are one title unit, so a
 * pattern's {TITLE} reads the pair as it reads one.
 */
function joinCoordinatedTitles(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  const isTitle = (u: Unit | undefined) => !!u && !u.mention && u.classes.has('TITLE');
  for (let i = 0; i < units.length; i += 1) {
    const [first, and] = [units[i]!, units[i + 1]];
    const modified = units[i + 2]?.classes.has('ROLE_MODIFIER') && isTitle(units[i + 3]) ? 1 : 0;
    const second = units[i + 2 + modified];
    if (isTitle(first) && and?.lower === 'and' && isTitle(second)) {
      const joined = units.slice(i, i + 3 + modified);
      const text = joined.map((u) => u.text).join(' ');
      const lemma = joined.map((u) => u.lemma).join(' ');
      out.push({ ...second!, text, lower: text.toLowerCase(), lemma, start: first.start });
      i += 2 + modified;
    } else out.push(first);
  }
  return out;
}

/** Parts of speech that may stand before a noun phrase's head. */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'ADV']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const MAX_MODIFIERS = 7;
const isPossessivePronoun = (u: Unit) => POSSESSIVE_PRONOUNS.has(u.lower) && (!u.mention || u.mention.source === 'pronoun');

/** Whether unit `u` may open or continue a noun phrase before its head. */
function isModifier(u: Unit, before: Unit | undefined, after: Unit | undefined, afterNext?: Unit): boolean {
  // "Lagos-based venture firm X", "the Danish shipping group X": compounds and topic words.
  if (before?.lower === '-' || after?.lower === '-') return true;
  // "the Dutch group Vandermeer": a description standing before the name it describes.
  // "its latest models": a possessive pronoun is a determiner, whoever it was resolved to.
  if (isPossessivePronoun(u)) return true;
  // "the European Commission's Joint Research Centre": a named owner before its possessive.
  if (u.mention && u.mention.source !== 'pronoun' && (after?.lower === "'s" || after?.lower === '’s')) return true;
  // "the London research firm X": a place before a common noun says where, like an adjective.
  // ("the Lisbon start-up X": before a hyphened compound too; "the Luxembourg telecoms group X": before an industry.)
  if (u.mention && u.ent === 'Place') {
    const industry = after?.ent === 'Topic' || after?.ent === 'Industry';
    return !!after && (!after.mention || industry) && (after.pos === 'NOUN' || after.pos === 'ADJ' || industry || afterNext?.lower === '-');
  }
  if (u.mention) return u.ent === 'Topic' || u.ent === 'Industry' || u.mention.source === 'description';
  if (u.pos === 'PART') return u.lower === "'s" || u.lower === '’s';
  // "the metalworkers' union IG Metall": a plural possessive's apostrophe.
  if ((u.lower === "'" || u.lower === '’') && /s$/.test(before?.lower ?? '')) return true;
  if (u.pos === 'PRON') return POSSESSIVE_PRONOUNS.has(u.lower);
  if (u.pos === 'ADV') return false;
  if (u.lower === '-') return true;
  // "the Austrian tunnelling specialist X": a gerund the tagger reads as a verb, before a noun.
  if (u.pos === 'VERB') return /ing$/.test(u.lower) && !!after && (after.pos === 'NOUN' || (!!after.mention && after.ent !== 'Person'));
  return MODIFIER_POS.has(u.pos);
}

/**
 * Start positions of the heads of noun phrases that open at `i`: the head itself at `i`, or
 * after up to five determiners, possessives, adjectives, numbers and nouns. The caller tests
 * each head; the phrase is `i` up to and including it.
 */
export function nounPhraseHeads(units: readonly Unit[], i: number): number[] {
  const heads: number[] = [];
  for (let j = i; j < units.length && j - i <= MAX_MODIFIERS; j += 1) {
    heads.push(j);
    if (!isModifier(units[j]!, units[j - 1], units[j + 1], units[j + 2])) break;
  }
  return heads;
}

export interface Chunk {
  kind: 'NP' | 'PP';
  start: number;
  /** Index after the last unit. */
  end: number;
  /** Index of the head unit (the noun phrase's last unit). */
  head: number;
}

/**
 * Noun-phrase and prepositional-phrase chunks, left to right, for inspection and tests: a noun
 * phrase is modifiers up to a noun, proper noun or mention; a prepositional phrase is a
 * preposition and the noun phrase after it.
 */
export function chunks(units: readonly Unit[]): Chunk[] {
  const found: Chunk[] = [];
  const isHead = (u: Unit) => !isPossessivePronoun(u) && (!!u.mention || u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON');
  for (let i = 0; i < units.length;) {
    const prep = units[i]!.pos === 'ADP' ? 1 : 0;
    let head = -1;
    for (const h of nounPhraseHeads(units, i + prep)) {
      if (isHead(units[h]!)) head = h;
      // The head is the last noun of a run ("the Lindholm energy forum"): keep going while nouns follow.
      if (head >= 0 && !(units[h + 1] && isHead(units[h + 1]!) && !units[h + 1]!.mention && !units[h]!.mention)) break;
    }
    if (head < 0) {
      i += 1;
      continue;
    }
    if (prep) found.push({ kind: 'PP', start: i, end: head + 1, head });
    found.push({ kind: 'NP', start: i + prep, end: head + 1, head });
    i = head + 1;
  }
  return found;
}
