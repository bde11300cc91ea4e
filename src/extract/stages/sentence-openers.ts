/**
 * A sentence's first word is capitalised whatever it is, so the tagger's guess decides
 * whether it starts a name, and it guesses both ways. These passes, run over the whole
 * article's mentions at the end of the mentions stage, correct the guess from how the rest
 * of the article uses the same words.
 */
import type { Gazetteer } from '../gazetteer.js';
import { isCommonWord, lexiconPos } from '../nlp.js';
import { isCapitalized, normalizeName } from '../text.js';
import type { Mention, Sentence } from '../types.js';

/** The names the article uses past a sentence's first word, where capitals mean a name. */
const namesPastFirstWord = (mentions: readonly Mention[]): Set<string> =>
  new Set(mentions.filter((m) => m.source === 'name' && m.start > 0).map((m) => m.text));

/**
 * The tagger's guess about a sentence's capitalised first word decides whether it starts a
 * name, and it guesses both ways: "Park Soo-min" loses "Park", "Rival SK Hynix" gains
 * "Rival". A known surname or first name joins the name after it; a word that is neither
 * (nor a place) leaves a name whose remainder the article uses alone, unless that
 * remainder is a place ("Athletics Kenya" stays whole).
 */
function fitNamesToSentenceStarts(sentences: Sentence[], mentions: Mention[], g: Gazetteer): void {
  const isPersonal = (word: string) => g.surnames.has(word) || g.firstNames.has(normalizeName(word));
  const isPlace = (name: string) => g.places.has(name.toLowerCase());
  // Not a headline's names: a title-cased headline capitalises every word ("… for Rail Fault Software"),
  // and "Rail" there must not cut "Glanmor" off "Glanmor Rail" opening a sentence.
  const known = namesPastFirstWord(mentions.filter((m) => sentences[m.sentence]!.kind !== 'headline'));
  for (const mention of mentions) {
    if (mention.source !== 'name') continue;
    const [first, second] = sentences[mention.sentence]!.tokens;
    if (mention.start === 0) {
      const space = mention.text.indexOf(' ');
      const rest = mention.text.slice(space + 1);
      const opener = mention.text.slice(0, space);
      // "Former U.S. president …", "Top Belarus politician …": an adjective opening the sentence before a known place
      // that qualifies a common noun is no part of a name the article never writes whole ("Northern Ireland" and "New
      // Zealand" are places whole; "Historic England said" is a body).
      const next = sentences[mention.sentence]!.tokens.find((t) => t.start >= mention.end);
      const adjectiveBeforePlace =
        next?.pos === 'NOUN' &&
        /^\p{Ll}/u.test(next.text) &&
        lexiconPos(opener) === 'ADJ' &&
        isPlace(rest) &&
        !isPlace(mention.text) &&
        !known.has(mention.text);
      // (A word that opens names of its kind stays: "Typhoon Tarsila slammed …", though the story says "Tarsila" alone.)
      const namesKind = g.cues.leadingEventHeads.has(opener) || g.cues.leadingOrganizationHeads.has(opener);
      const strayOpener = known.has(rest) && !isPersonal(opener) && !isPlace(opener) && !isPlace(rest) && !namesKind;
      if (space > 0 && (adjectiveBeforePlace || strayOpener)) {
        mention.start += space + 1;
        mention.text = rest;
      }
    } else if (
      // (Not a headline's name: what the body does not use it left out already, "Raider" of "Raider Deshmane".)
      sentences[mention.sentence]!.kind !== 'headline' &&
      first &&
      second &&
      mention.start === second.start &&
      second.start === first.end + 1 &&
      isCapitalized(first.text) &&
      isPersonal(first.text) &&
      // "Per RoadSight, cameras have logged …": a preposition that is also a given name ("Per Engström") joins only what
      // may be a surname.
      (lexiconPos(first.text) !== 'ADP' || isPersonal(mention.text) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(mention.text)) &&
      // "An Ofgem spokesperson said": the article before a vowel, not the given name An.
      !(first.text === 'An' && /^[AEIOU]/.test(mention.text))
    ) {
      mention.start = 0;
      mention.text = `${first.text} ${mention.text}`;
    }
  }
}

/**
 * A sentence's first words, which the tagger may read as a verb or an adjective ("Grab,
 * the delivery company, said…", "Norbury Bank was taken over…"), are a name when the
 * article uses them as one elsewhere; a shorter mention inside them gives way.
 */
function namesOpeningSentences(sentences: Sentence[], mentions: Mention[], surnames: ReadonlySet<string>): Mention[] {
  const known = new Set([...namesPastFirstWord(mentions), ...surnames]);
  const opened = new Set(mentions.filter((m) => m.start === 0).map((m) => m.sentence));
  const found: Mention[] = [];
  for (const sentence of sentences) {
    if (opened.has(sentence.index)) continue;
    for (let n = Math.min(4, sentence.tokens.length); n >= 1; n -= 1) {
      const end = sentence.tokens[n - 1]!.end;
      const text = sentence.text.slice(0, end);
      if (!known.has(text)) continue;
      found.push({ sentence: sentence.index, start: 0, end, text, type: undefined, source: 'name' });
      break;
    }
  }
  return found;
}

/**
 * "Gillanders said…" after "Rhona Gillanders": the surname of a person's name of two words (a known given
 * name first, or the recogniser's person) opens a sentence alone too, whatever it looks like.
 */
function surnamesOfPeople(sentences: Sentence[], mentions: Mention[], g: Gazetteer): Set<string> {
  const person = (m: Mention) =>
    g.firstNames.has(normalizeName(m.text.split(' ')[0]!)) ||
    !!sentences[m.sentence]!.names?.some((n) => n.type === 'PER' && n.start === m.start && n.end === m.end);
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(' ');
    if (m.source === 'name' && m.start > 0 && words.length === 2 && /^\p{Lu}\p{Ll}/u.test(words[1]!) && person(m)) surnames.add(words[1]!);
  }
  return surnames;
}

/** Plural nouns for people: "Analysts", "Officials", "Lawmakers", "Residents", "Critics". */
const PLURAL_PEOPLE = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ians|als|ics)$/u;

/**
 * "Lawmakers said…", "Police said…": a capitalised plural or an unnamed source's noun that
 * only opens a sentence, never a name elsewhere in the article, is a common noun.
 */
function isPluralOpener(mention: Mention, namesInside: Set<string>, g: Gazetteer): boolean {
  // "Police said…": an unnamed source's noun opening a sentence.
  const commonSource = g.cues.unnamedSources.includes(mention.text.toLowerCase());
  if (mention.source !== 'name' || mention.start !== 0 || !(PLURAL_PEOPLE.test(mention.text) || commonSource)) return false;
  // (Police, in Poland, is also a town: the sentence's noun wins.)
  if (!commonSource && (g.organizations.has(mention.text) || g.places.has(mention.text.toLowerCase()))) return false;
  return !namesInside.has(mention.text);
}

/**
 * "Fire services have warned…", "Water bills will rise…": a single capitalised word opening a
 * sentence before a lower-case noun, which the article writes in lower case elsewhere ("battery
 * fires") and never as a name past a sentence's first word, is the noun's modifier, not a name.
 */
function isCommonOpener(
  mention: Mention,
  sentences: Sentence[],
  namesInside: Set<string>,
  lowerLemmas: Set<string>,
  g: Gazetteer,
): boolean {
  if (mention.source !== 'name' || mention.start !== 0 || mention.text.includes(' ') || namesInside.has(mention.text)) return false;
  const [first, next] = sentences[mention.sentence]!.tokens;
  if (!first || first.end !== mention.end || next?.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text)) return false;
  if (g.organizations.has(mention.text) || g.places.has(mention.text.toLowerCase())) return false;
  return lowerLemmas.has(first.lemma ?? first.text.toLowerCase()) || isCommonCompound(first.text);
}

/** "Pre-tax", "Full-year": a hyphenated compound of common words (not "Rolls-Royce"), a modifier wherever it stands. */
const isCommonCompound = (word: string) =>
  word.includes('-') && (isCommonWord(word.toLowerCase()) || word.split('-').every((part) => isCommonWord(part.toLowerCase())));

/** Lemmas of the words the article writes in lower case. */
const lowerCaseLemmas = (sentences: Sentence[]) =>
  new Set(sentences.flatMap((s) => s.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.lemma ?? t.text)));

/** The article's mentions with sentence openers fitted, added and dropped (the input's objects may be adjusted). */
export function fitSentenceOpeners(sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  fitNamesToSentenceStarts(sentences, mentions, gazetteer);
  const surnames = surnamesOfPeople(sentences, mentions, gazetteer);
  const openers = new Map(namesOpeningSentences(sentences, mentions, surnames).map((o) => [o.sentence, o]));
  // A name found at a sentence's start replaces the shorter names the tagger left inside it.
  const inside = (m: Mention) => m.source === 'name' && m.start < (openers.get(m.sentence)?.end ?? 0);
  const all = mentions.filter((m) => !inside(m)).concat([...openers.values()]);
  const namesInside = new Set([...namesPastFirstWord(all), ...surnames]);
  const lowerLemmas = lowerCaseLemmas(sentences);
  return all.filter(
    (mention) =>
      !isPluralOpener(mention, namesInside, gazetteer) && !isCommonOpener(mention, sentences, namesInside, lowerLemmas, gazetteer),
  );
}
