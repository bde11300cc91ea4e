/**
 * A person's description ("the chairman", "his daughter", "the Englishman") attaches to the person named
 * beside that word before, or to the only person the sentence before named.
 */
import type { Gazetteer } from '../gazetteer.js';
import { phraseAlternation } from '../text.js';
import type { Doc, Mention } from '../types.js';
import { CHARACTERISATION } from './mentions.js';
import { previousSubject } from './reference-context.js';

/** How many mentions back "his daughter" may look for the name it was introduced with (an obituary's length). */
const PERSON_LOOKBACK = 400;
/** Roles of whoever heads a body: "X, who heads Y" is its president, chair or head. */
const HEAD_ROLES = new Set(['president', 'chairman', 'chairwoman', 'chair', 'head', 'leader', 'chief']);

/** The gazetteer's titles as one alternation, built once per gazetteer. */
const titleAlternations = new WeakMap<Gazetteer, string>();
function titlesOf(g: Gazetteer): string {
  let titles = titleAlternations.get(g);
  if (titles === undefined) titleAlternations.set(g, (titles = phraseAlternation(g.cues.personTitles)));
  return titles;
}

/**
 * "his daughter said" for "His daughter, Simran Bamrah, …", "Simran Bamrah, his daughter, …" or
 * "spokeswoman Ana Lima": the nearest person named before with that word beside the name. No
 * such person, no antecedent: a description is never the story's main person by default.
 */
function personNamedAs(doc: Doc, mentions: Mention[], index: number, word: string, titles: string): Mention | undefined {
  // "the governor", after "The governor of the Bank of Slovenia, Matej Kranjc, told…" (or "…, the broadcaster X,").
  // ("The adjudicator, Dr Alun Penberthy": up to two titles may stand between.)
  const before = new RegExp(`\\b${word}(?:\\s+of\\s+[^,.]{1,60})?\\s*,?\\s*(?:the\\s+\\p{Ll}+\\s+)?(?:(?:${titles})\\s+){0,2}$`, 'iu');
  // "the chairman", after "X, the club's chairman," or "X, chairman of Y,"; "the president" (a head), after "X, who heads Y,".
  const after = new RegExp(
    `^\\s*,\\s*(?:(?:the|a|an|his|her|their|its|\\p{Lu}[\\p{L}-]*['’]s)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?${word}\\b${
      HEAD_ROLES.has(word) ? '|^\\s*,\\s*who\\s+(?:heads|leads|chairs|runs)\\b' : ''
    }`,
    'iu',
  );
  for (let i = index - 1; i >= Math.max(0, index - PERSON_LOOKBACK); i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type !== 'Person' || candidate.source !== 'name' || !candidate.entity) continue;
    const text = doc.sentences[candidate.sentence]!.text;
    if (
      before.test(text.slice(Math.max(0, candidate.start - 100), candidate.start)) ||
      after.test(text.slice(candidate.end, candidate.end + 80))
    )
      return candidate;
  }
  return undefined;
}

/**
 * "the head teacher says" with no one introduced so: an office, not a kin word ("Her husband said" is never the
 * woman named before) nor another's office ("the company's transport manager").
 */
function isBareOffice(description: string, g: Gazetteer): boolean {
  return !/['’]s\s/.test(description) && g.roles.has(description.toLowerCase().replace(/^\S+\s+/, ''));
}

/** The one person the sentence before mentions[index]'s names ("According to Sri Lanka's coach, Graham Fenwick, … The Englishman said"). */
function onlyPersonBefore(mentions: Mention[], index: number): Mention | undefined {
  const sentence = mentions[index]!.sentence - 1;
  const persons = mentions.filter((m) => m.sentence === sentence && m.type === 'Person' && m.source === 'name' && m.entity);
  return new Set(persons.map((m) => m.entity)).size === 1 ? persons[0] : undefined;
}

/** The person a description of a person stands for, if any. */
export function personDescribed(doc: Doc, mentions: Mention[], index: number, g: Gazetteer): Mention | undefined {
  const mention = mentions[index]!;
  return mention.evidence === CHARACTERISATION
    ? (previousSubject(doc, mentions, index, 'Person') ?? onlyPersonBefore(mentions, index))
    : (personNamedAs(doc, mentions, index, mention.text.split(/\s+/).pop()!.toLowerCase(), titlesOf(g)) ??
        (isBareOffice(mention.text, g) ? onlyPersonBefore(mentions, index) : undefined));
}
