/**
 * The resolve stage's second pass: definite descriptions ("the company", "the trust") and
 * pronouns attach to the names the first pass clustered.
 */
import { opensWithRole, type Gazetteer, type PlaceLevel } from '../gazetteer.js';
import { headWord, insideQuotation, phraseAlternation } from '../text.js';
import { leadOf, sectionsOf } from '../doc-index.js';
import type { Doc, EntityType, Mention } from '../types.js';
import type { Cluster } from './cluster.js';
import { CHARACTERISATION } from './mentions.js';
import { clusterOfLabel } from './turn-labels.js';
import { NAMED_HEAD } from './head-descriptions.js';

/** How many mentions back "his daughter" may look for the name it was introduced with (an obituary's length). */
const PERSON_LOOKBACK = 400;
/** Roles of whoever heads a body: "X, who heads Y" is its president, chair or head. */
const HEAD_ROLES = new Set(['president', 'chairman', 'chairwoman', 'chair', 'head', 'leader', 'chief']);
/** How many sentences back a description or pronoun may look for its antecedent. */
const WINDOW = 4;
/**
 * "…, the company said": of the entities of `type` named within the window, the one the
 * article names most (news keeps "the company" for its main company), the nearest on a tie.
 */
function mostMentioned(
  mentions: Mention[],
  index: number,
  type: EntityType,
  byKey: Map<string, Cluster>,
  fits: (candidate: Mention) => boolean,
  section: readonly number[],
): Mention | undefined {
  const size = (key: string) => byKey.get(key)?.mentions.length ?? 0;
  // "the event" or "the city" late in a story is still the story's, however long ago it was named.
  const window = type === 'Event' || type === 'Place' ? Infinity : WINDOW;
  let best: Mention | undefined;
  for (
    let i = index - 1;
    i >= 0 &&
    mentions[index]!.sentence - mentions[i]!.sentence <= window &&
    section[mentions[i]!.sentence] === section[mentions[index]!.sentence];
    i -= 1
  ) {
    const candidate = mentions[i]!;
    if (candidate.type !== type || candidate.source === 'pronoun' || !candidate.entity || !fits(candidate)) continue;
    // On a tie the nearest wins, unless an earlier one opens its sentence (the subject); for an event the
    // first named wins: a story introduces its own event first.
    const tie = best && size(candidate.entity) === size(best.entity!);
    if (!best || size(candidate.entity) > size(best.entity!) || (tie && (type === 'Event' || (candidate.start === 0 && best.start !== 0))))
      best = candidate;
  }
  return best;
}

/**
 * Whether "the <head>" can name an organisation: "the company" or "the airline" any but a body
 * whose name says it is one (a ministry, an association); "the ministry" or "the union" one whose
 * name ends in that word, in a word for a body of its kind ("… Pilots' Association"), or in no head
 * word at all (CCOO), never one whose head says it is another kind of body (Vello Foods).
 */
function descriptionFits(head: string, cluster: Cluster | undefined, g: Gazetteer): boolean {
  if (cluster?.type === 'Place') return placeFits(head, cluster, g);
  if (!cluster || cluster.type !== 'Organization') return true;
  const heads = [...cluster.names.values()]
    .map((name) => headWord(name).toLowerCase())
    .filter((h) => g.organizationHeadWords.has(h) || g.cues.bodyHeads.has(h));
  // "the centre", "the brigade": only a body whose own name says so, never the story's company.
  if (g.cues.ownHeadOnlyBodies.has(head)) return heads.includes(head);
  // "the company", "the insurer": never a sports club ("Harnby United"), whatever else the story's company is.
  if (
    g.cues.commercialDescriptions.has(head) &&
    [...cluster.names.values()].some((n) => g.cues.sportsClubHeads.has(headWord(n).toLowerCase()))
  )
    return false;
  // "the airline", "the company": never a body whose name says it is another kind ("… Pilots' Association").
  if (!g.cues.bodyHeads.has(head)) return ![...cluster.names.values()].some((n) => g.cues.bodyHeads.has(headWord(n).toLowerCase()));
  // "the union" is the pilots' union, not the European Union.
  if (g.cues.statesUnionHeads.has(head) && [...cluster.names.values()].some((n) => g.demonyms.has(n.split(' ')[0]!))) return false;
  // "the federal regulator" for "Health Canada": a word before a country's name names a national body.
  const national = () =>
    [...cluster.names.values()].some((n) => g.places.get(n.split(' ').pop()!.toLowerCase())?.[0]?.level === 'country' && n.includes(' '));
  if (g.cues.publicOnlyDescriptions.has(head))
    return heads.includes(head) || heads.some((h) => g.cues.publicBodyHeads.has(h)) || (heads.length === 0 && national());
  const alike = (kind: ReadonlySet<string>) => kind.has(head) && heads.some((h) => kind.has(h));
  return (
    heads.length === 0 ||
    heads.includes(head) ||
    alike(g.cues.publicBodyHeads) ||
    alike(g.cues.memberBodyHeads) ||
    alike(g.cues.sportsClubHeads)
  );
}

/** What the gazetteer says a kind of place is: "the city" is no country or region it knows, "the country" a country. */
const PLACE_LEVELS: Record<string, ReadonlyArray<PlaceLevel | undefined>> = {
  city: ['city', undefined],
  town: ['city', undefined],
  capital: ['city', undefined],
  village: ['city', undefined],
  country: ['country'],
  nation: ['country'],
};

function placeFits(head: string, cluster: Cluster, g: Gazetteer): boolean {
  const levels = PLACE_LEVELS[head];
  if (!levels) return true;
  return [...cluster.names.values()].some((name) => levels.includes(g.places.get(name.toLowerCase())?.[0]?.level));
}

/** Whether one of the entity's names of two words or more ends in `head` ("Thamesbridge NHS Trust" for "trust"). */
const hasNameWithHead = (cluster: Cluster | undefined, head: string) =>
  [...(cluster?.names.values() ?? [])].some((name) => name.includes(' ') && headWord(name).toLowerCase() === head);

/**
 * The one body whose name has `word` right before its head ("Housing Ombudsman Service"), when no name ends in
 * it; not a word that describes another ("Airline Pilots' Association" is no airline).
 */
function holdingWord(clusters: readonly Cluster[], type: EntityType, word: string): Cluster[] {
  if (type !== 'Organization' || clusters.some((c) => c.type === type && hasNameWithHead(c, word))) return [];
  const holding = clusters.filter(
    (c) => c.type === type && [...c.names.values()].some((name) => name.toLowerCase().split(/\s+/).at(-2) === word),
  );
  return holding.length === 1 ? holding : [];
}

/** Whether only a comma stands between two mentions of one sentence, `a` first ("X, the group's …"). */
const commaApposed = (text: string, a: Mention | undefined, b: Mention) =>
  !!a && a.sentence === b.sentence && /^\s*,\s*$/.test(text.slice(a.end, b.start));

/** Whether text opens with a unit's word, past up to two describing words (" charitable arm, …"). */
const namesUnit = (text: string, g: Gazetteer) =>
  text
    .trimStart()
    .split(/[\s,.;:]+/)
    .slice(0, 3)
    .some((word) => g.cues.unitNouns.has(word.toLowerCase()));

/** The body the sentence before opens with, after a plural noun for its people ("Analysts at X", "Economists from X"). */
function staffOfBodyBefore(doc: Doc, mentions: readonly Mention[], sentence: number): Mention | undefined {
  const before = doc.sentences[sentence - 1];
  const body = mentions.find((m) => m.sentence === sentence - 1 && m.type === 'Organization' && m.entity);
  if (!before || !body) return undefined;
  return /^[A-Z][a-z]+s\s+(?:at|from|with)\s+(?:the\s+)?$/.test(before.text.slice(0, body.start)) ? body : undefined;
}

/** The one other organisation whose name opens with the same word as one of `owned`'s names, if it fits. */
function sharingFirstWord(clusters: readonly Cluster[], owned: Cluster | undefined, fits: (c: Cluster) => boolean): string | undefined {
  if (!owned) return undefined;
  const firstWords = new Set([...owned.names.values()].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!));
  const sharing = clusters.filter(
    (c) => c !== owned && c.type === 'Organization' && fits(c) && [...c.names.values()].some((n) => firstWords.has(n.split(' ')[0]!)),
  );
  return sharing.length === 1 ? sharing[0]!.key : undefined;
}

/** "the trust" for "Thamesbridge NHS Trust": the nearest entity in the window whose name has the description's head word. */
function nearestWithHead(mentions: Mention[], index: number, head: string, byKey: Map<string, Cluster>): Mention | undefined {
  const description = mentions[index]!;
  for (let i = index - 1; i >= 0 && description.sentence - mentions[i]!.sentence <= WINDOW; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type !== description.type || !candidate.entity) continue;
    if (hasNameWithHead(byKey.get(candidate.entity), head)) return candidate;
  }
  return undefined;
}

/** A describing word's key: lower case, without a possessive ("Employers'" → "employers"). */
const wordKey = (word: string) => word.toLowerCase().replace(/['’]s?$/, '');

/**
 * "the Estonian centre" for "Estonian Maritime Heritage Centre", "the employers' group" for
 * "Maritime Employers' Group", however far back: the one entity of the description's type whose
 * name ends in the description's head and holds one of its describing words.
 */
function namedByDescribingWord(description: Mention, head: string, clusters: Cluster[]): string | undefined {
  const describing = new Set(description.text.split(/\s+/).slice(1, -1).map(wordKey));
  if (describing.size === 0) return undefined;
  const named = clusters.filter(
    (c) =>
      c.type === description.type &&
      [...c.names.values()].some((name) => {
        const words = name.split(/\s+/).map(wordKey);
        return words.length > 1 && words[words.length - 1] === head && words.slice(0, -1).some((w) => describing.has(w));
      }),
  );
  return named.length === 1 ? named[0]!.key : undefined;
}

/** "…, Spain's weather agency said. The State Meteorological Agency …": a name with the head in the next two sentences. */
function laterWithHead(mentions: Mention[], index: number, head: string, byKey: Map<string, Cluster>): Mention | undefined {
  const description = mentions[index]!;
  for (let i = index + 1; i < mentions.length && mentions[i]!.sentence - description.sentence <= 2; i += 1) {
    const candidate = mentions[i]!;
    if (candidate.type !== description.type || candidate.source !== 'name' || !candidate.entity) continue;
    if (hasNameWithHead(byKey.get(candidate.entity), head)) return candidate;
  }
  return undefined;
}

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

/** Whether a mention stands in its sentence's opening phrase, before the first comma and any verb ("Outside Leinster House, …"). */
function inOpeningPhrase(doc: Doc, m: Mention): boolean {
  const sentence = doc.sentences[m.sentence]!;
  return (
    m.start > 0 &&
    m.end <= sentence.text.indexOf(',') &&
    !/^the\s+$/i.test(sentence.text.slice(0, m.start)) &&
    !sentence.tokens.some((t) => t.start < m.start && (t.pos === 'VERB' || t.pos === 'AUX'))
  );
}

/** The nearest name of `type` before mentions[index] in its sentence. */
function nameEarlierInSentence(mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  for (let i = index - 1; i >= 0 && mentions[i]!.sentence === mentions[index]!.sentence; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type === type && candidate.source === 'name' && candidate.entity) return candidate;
  }
  return undefined;
}

/**
 * Whether a speech verb follows a name, perhaps past its apposition: "…, Asha Kaur, said", "Imran Sattar, of
 * Sattar Keane Solicitors, for the company, said" (up to three commas on, within the clause).
 */
function speaksPastApposition(text: string, g: Gazetteer): boolean {
  if (speechVerbAfter(text, g)) return true;
  // ("Équipe Sillage's navigator, Margaux Le Bihan, said": a possessor is not who speaks.)
  if (/^['’]s?\s/.test(text)) return false;
  const clause = /^[^.;:"“]*/.exec(text)![0];
  let comma = -1;
  for (let n = 0; n < 3; n += 1) {
    comma = clause.indexOf(',', comma + 1);
    if (comma < 0) return false;
    if (speechVerbAfter(clause.slice(comma + 1) + text.slice(clause.length), g)) return true;
  }
  return false;
}

/** Whether text opens with a speech verb ("said", "has announced"). */
function speechVerbAfter(text: string, g: Gazetteer): boolean {
  const words = text
    .trimStart()
    .toLowerCase()
    .split(/[\s,.;:!?"”’]+/);
  const verb = words[0] === 'has' || words[0] === 'had' ? words[1] : words[0];
  return !!verb && (g.cues.speechVerbs.includes(verb) || g.cues.thatVerbs.includes(verb));
}

/**
 * The one person the sentence before reports speaking: "According to Žilinskas, …", "Its partner, Olumide Adebayo,
 * who sits on the board, says …" (whom a quotation's '"…," he said' goes on with).
 */
function reportedSpeaker(doc: Doc, mentions: Mention[], index: number, g: Gazetteer): Mention | undefined {
  const sentence = doc.sentences[mentions[index]!.sentence - 1];
  if (!sentence) return undefined;
  const speaking = mentions.filter((m) => {
    // (a pronoun resolved before counts: "Speaking by video link, she said …. '"…," she said'".)
    if (m.sentence !== sentence.index || m.type !== 'Person' || (m.source !== 'name' && m.source !== 'pronoun') || !m.entity) return false;
    if (/\baccording\s+to\s+$/i.test(sentence.text.slice(0, m.start))) return true;
    // Past an apposition after the name, or the comma that closes one the name ends ("The coach, Balaji Kulkarni, said").
    return speechVerbAfter(
      sentence.text
        .slice(m.end)
        .replace(/^\s*,[^,"“”]{1,150},/, '')
        .replace(/^\s*,(?=\s)/, ''),
      g,
    );
  });
  return new Set(speaking.map((m) => m.entity)).size === 1 ? speaking[0] : undefined;
}

/** The mention of `type` that opens the sentence before the one holding mentions[index]. */
function previousSubject(doc: Doc, mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  const sentence = mentions[index]!.sentence - 1;
  // "The Eastbank Neighbours Association, which…, said": a name after "The" opens its sentence too, and
  // one after its title ("Dr Ingrid Halvorsen, chief executive of …"), the source of "According to X, …", and a
  // name apposed to the title that opens it ("The union's general secretary, Asha Kaur, said"), and a name after a
  // participle that says in what capacity ("Prosecuting, Gideon Fairclough told the court …", "Passing sentence, District
  // Judge Helen Marriott said …").
  const opens = (m: Mention) => {
    const text = doc.sentences[m.sentence]?.text ?? '';
    const before = text.slice(0, m.start);
    return (
      m.start === 0 ||
      /^(?:[Tt]he\s+|(?:\p{Lu}[\p{L}.]*\s+){1,3}|According to\s+(?:the\s+)?|\p{Lu}\p{Ll}+ing(?:\s+\p{Ll}+){0,2},\s+(?:\p{Lu}[\p{L}.]*\s+){0,2})$/u.test(
        before,
      ) ||
      (/^(?:The|Its|Their)\s[^,;.]{0,60},\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(before) && /^\s*,/.test(text.slice(m.end)))
    );
  };
  for (let i = index - 1; i >= 0 && mentions[i]!.sentence >= sentence; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.sentence === sentence && opens(candidate)) return candidate.entity && candidate.type === type ? candidate : undefined;
  }
  return undefined;
}

/** The name of `type` that opens mentions[index]'s sentence (at its start, or after "The"), if any. */
function openingName(doc: Doc, mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  const sentence = mentions[index]!.sentence;
  const first = mentions.find((m) => m.sentence === sentence);
  if (!first || first === mentions[index] || first.type !== type || first.source !== 'name' || !first.entity) return undefined;
  return /^(?:[Tt]he\s+)?$/.test(doc.sentences[sentence]!.text.slice(0, first.start)) ? first : undefined;
}

const describedAfter = (doc: Doc, m: Mention) => /^\s*,\s*(?:which|whose)\b/.test(doc.sentences[m.sentence]?.text.slice(m.end) ?? '');
/**
 * A body the article first names here, after a description and outside any apposition ("The retailer has brought
 * in the cyber-security firm Brightmoor Cyber"; not "Pennine Express, the operator owned by the group X, said").
 */
const introducedDescribed = (doc: Doc, mentions: readonly Mention[], m: Mention) => {
  const before = doc.sentences[m.sentence]?.text.slice(0, m.start) ?? '';
  return (
    !before.includes(',') &&
    /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(before) &&
    !afterPreposition(doc, m) &&
    !mentions.some((other) => other.entity === m.entity && other.sentence < m.sentence)
  );
};

const afterPreposition = (doc: Doc, m: Mention) =>
  /\b(?:at|in|of|from|for|with|by|to|near|outside)\s+(?:the\s+)?$/i.test(doc.sentences[m.sentence]?.text.slice(0, m.start) ?? '');

/** The organisation one of the two sentences before `sentence` opened with ("The board, which…, said"), nearest first. */
function openedWithBody(doc: Doc, mentions: Mention[], sentence: number): Mention | undefined {
  const opens = (m: Mention) => m.start === 0 || /^the\s+$/i.test(doc.sentences[m.sentence]?.text.slice(0, m.start) ?? '');
  for (const before of [sentence - 1, sentence - 2])
    for (const m of mentions) if (m.sentence === before && m.entity && m.type === 'Organization' && opens(m)) return m;
  return undefined;
}

function nearest(
  mentions: Mention[],
  index: number,
  accept: (m: Mention) => boolean,
  sentenceOf: (m: Mention) => number,
): Mention | undefined {
  const target = mentions[index]!;
  for (let i = index - 1; i >= 0; i -= 1) {
    const candidate = mentions[i]!;
    if (target.sentence - sentenceOf(candidate) > WINDOW) break;
    if (candidate.entity && accept(candidate)) return candidate;
  }
  return undefined;
}

const pronounGender = (word: string): 'male' | 'female' | undefined =>
  /^(she|her|hers)$/i.test(word) ? 'female' : /^(he|him|his)$/i.test(word) ? 'male' : undefined;

/**
 * The gender a first name usually has ("Brian" male), from the key "Person:brian otieno";
 * undefined when unknown, or when the name opens with a surname (Korean "Park Soo-min").
 */
function genderOf(key: string, g: Gazetteer): 'male' | 'female' | undefined {
  const first = key.slice(key.indexOf(':') + 1).split(' ')[0] ?? '';
  return g.surnames.has(first.charAt(0).toUpperCase() + first.slice(1)) ? undefined : g.firstNames.get(first);
}

const indefiniteApposition = new WeakMap<Gazetteer, RegExp>();

/**
 * "Cooperativa La Esperanza, a cooperative of 640 farmers": the head of an indefinite description
 * apposed to a name, which the article later calls it by ("The cooperative's general manager").
 */
function indefiniteHeadAfter(text: string, g: Gazetteer): string | undefined {
  let pattern = indefiniteApposition.get(g);
  if (!pattern) {
    // Describing words only, no phrase: "X, a member of the association" is no association.
    pattern = new RegExp(
      `^\\s*,\\s+an?\\s+(?:(?!(?:of|in|at|for|from|with|by|to|and|or|the|which|that|who)\\s)[\\p{L}\\d'’-]+\\s+){0,3}?(${phraseAlternation(g.cues.genericDescriptions.Organization)})\\b`,
      'u',
    );
    indefiniteApposition.set(g, pattern);
  }
  return pattern.exec(text)?.[1]?.toLowerCase();
}

export function resolveReferences(doc: Doc, mentions: Mention[], clusters: Cluster[], g: Gazetteer): void {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const titles = titlesOf(g);
  const attach = (mention: Mention, key: string) => {
    mention.entity = key;
    mention.type = byKey.get(key)?.type;
    byKey.get(key)?.mentions.push(mention);
  };
  const persons = clusters.filter((c) => c.type === 'Person');
  // "Rail Projects South Australia, the agency set up in 2023 … The agency said": a head once apposed to a name.
  const apposedHeads = new Map<string, string>();
  // "The regulator, which is part of… The regulator's director": what a head named before, when nothing else decides.
  const resolvedHeads = new Map<string, { key: string; sentence: number }>();
  // …within the section it was read in: each item of an "In brief" column, under its own subhead, is a story apart.
  const section = sectionsOf(doc.sentences);
  const resolvedInSection = (head: string, sentence: number) => {
    const resolved = resolvedHeads.get(head);
    return resolved && section[resolved.sentence] === section[sentence] ? resolved.key : undefined;
  };
  const firstBody = leadOf(doc.sentences);
  const namedTimes = (c: Cluster) => c.mentions.filter((m) => m.source === 'name').length;
  const inLead = (c: Cluster) => c.mentions.some((m) => m.source === 'name' && m.sentence <= firstBody);
  // "…chief conductor of the Fjordland Chamber Orchestra. … The orchestra's chief executive": in a story about the
  // orchestra its lead names (more than once), another of the kind named once in passing is not "the orchestra".
  const storyOverPassing = (nearest: Mention | undefined, headed: readonly Cluster[]) => {
    const passing = nearest && byKey.get(nearest.entity!);
    const story = headed.filter((c) => inLead(c) && namedTimes(c) > 1);
    if (!passing || story.length !== 1 || story[0] === passing || inLead(passing) || namedTimes(passing) > 1) return nearest;
    return story[0]!.mentions.find((m) => m.source === 'name');
  };
  // "X, a consortium of A and B … The consortium's director": a head an indefinite apposition gave a name.
  const introducedHeads = new Map<string, { key: string; sentence: number }>();
  mentions.forEach((mention, index) => {
    const sentence = doc.sentences[mention.sentence]!;
    if (mention.entity) {
      const head =
        mention.source === 'name' && mention.type === 'Organization' ? indefiniteHeadAfter(sentence.text.slice(mention.end), g) : undefined;
      if (head) introducedHeads.set(head, { key: mention.entity, sentence: mention.sentence });
      return;
    }
    const word = mention.text.toLowerCase();
    if (mention.source === 'description' && mention.type === 'Person') {
      const named =
        mention.evidence === CHARACTERISATION
          ? (previousSubject(doc, mentions, index, 'Person') ?? onlyPersonBefore(mentions, index))
          : (personNamedAs(doc, mentions, index, mention.text.split(/\s+/).pop()!.toLowerCase(), titles) ??
            (isBareOffice(mention.text, g) ? onlyPersonBefore(mentions, index) : undefined));
      if (named?.entity) attach(mention, named.entity);
      return;
    }
    if (mention.source === 'description' && mention.type) {
      const head = mention.text.split(/\s+/).pop()!.toLowerCase();
      // "members of Kettlebury Peace Forum … The forum said": an event's word only one body's name has is that body.
      const bodies = mention.type === 'Event' ? clusters.filter((c) => c.type === 'Organization' && hasNameWithHead(c, head)) : [];
      if (bodies.length === 1 && !clusters.some((c) => c.type === 'Event' && hasNameWithHead(c, head))) {
        attach(mention, bodies[0]!.key);
        return;
      }
      const fits = (key: string) => descriptionFits(head, byKey.get(key), g);
      // "The company argued…" opening a sentence continues the previous sentence's subject, not its last name.
      // …if a public body's word can call it so ("Brennock is a drug maker. The regulator said…" is no Brennock).
      // So does one in the phrase that opens it ("A spokesperson for the company said…").
      const opensSentence =
        mention.start === 0 || /^(?:An?|The)\s+(?:[a-z-]+\s+){1,3}(?:for|of|at)\s+$/.test(sentence.text.slice(0, mention.start));
      const opener = opensSentence ? previousSubject(doc, mentions, index, mention.type) : undefined;
      // …nor a body that is none when the sentence before names one: "The army sent soldiers from the
      // Sassari Brigade. The brigade's commander…" is the brigade's.
      const namedJustBefore = () =>
        clusters.some(
          (c) => c.type === mention.type && hasNameWithHead(c, head) && c.mentions.some((m) => m.sentence === mention.sentence - 1),
        );
      const subject =
        opener &&
        (!g.cues.publicOnlyDescriptions.has(head) || fits(opener.entity!)) &&
        !(g.cues.ownHeadOnlyBodies.has(head) && !fits(opener.entity!) && namedJustBefore())
          ? opener
          : undefined;
      // "at Amazon, where she ran the company's logistics": a possessive names the one just mentioned
      // (not a place's: "in Gota, on the city's edge" is the larger city Gota lies in).
      const possessive = /^['’]s\b/.test(sentence.text.slice(mention.end));
      // "Sindicato Número Uno, the largest union at the site": an apposition describes the name it follows…
      const previous = mentions[index - 1];
      // …but "Boxhaven Iberia, the group's Spanish subsidiary": a possessive apposed to a name is another body's, its owner.
      const ownedName =
        possessive && mention.type === 'Organization' && commaApposed(sentence.text, previous, mention) ? previous!.entity : undefined;
      // …most often one whose name it shares ("Tagus Air Cargo, the airline's freight unit" is Tagus Air's).
      const namesake = ownedName ? sharingFirstWord(clusters, byKey.get(ownedName), (c) => fits(c.key)) : undefined;
      const earlierName =
        !subject && mention.type !== 'Place' && possessive ? nameEarlierInSentence(mentions, index, mention.type) : undefined;
      // …if it can be called so ("Tagus Air said the union's demands…" is another body's).
      const owner = earlierName && fits(earlierName.entity!) && earlierName.entity !== ownedName ? earlierName : undefined;
      // "…, led by A and B, the company said": a description before a speech verb is the subject of
      // a reporting clause, no apposition of the name before it (the story's company, below).
      const reporting = speechVerbAfter(sentence.text.slice(mention.end), g);
      // "The developer, Thamesvale Energy Recovery, says…", "the broker Stansfield Hume": a description apposed
      // to the name after it, or standing right before it, is that name.
      // (Past what the description holds itself: "shipping" in "the shipping group Maersk".)
      let after = index + 1;
      while (mentions[after]?.sentence === mention.sentence && mentions[after]!.start < mention.end) after += 1;
      const next = mentions[after];
      const namedAfter =
        next?.sentence === mention.sentence &&
        next.type === mention.type &&
        next.source === 'name' &&
        ((commaApposed(sentence.text, mention, next) && /^\s*,/.test(sentence.text.slice(next.end))) ||
          // "at the broker Stansfield Hume": a description right before a name describes it.
          /^\s+$/.test(sentence.text.slice(mention.end, next.start)))
          ? next
          : undefined;
      const apposed =
        !reporting &&
        !ownedName &&
        previous?.type === mention.type &&
        previous.source === 'name' &&
        commaApposed(sentence.text, previous, mention)
          ? previous
          : undefined;
      // Not the agency in a dateline: "the company" is never the newswire that filed the story.
      const candidate = (m: Mention) => fits(m.entity!) && doc.sentences[m.sentence]?.kind !== 'dateline' && m.entity !== ownedName;
      // "the residents' association", "Spain's weather agency" say whose body it is: a name must say so
      // too (its head, its describing words), not the story's main one.
      // So do "its economy ministry", "their union".
      const ownedByGroup =
        /^(?:its|their)\s/i.test(mention.text) ||
        /['’]\s/.test(mention.text) ||
        /\p{Lu}\p{L}*['’]s\s+$/u.test(sentence.text.slice(0, mention.start));
      // "The foundation was set up in 1998…": the article's one foundation, however far back it was named;
      // "the meeting" is the article's one "… Meeting", too.
      const headedByName =
        g.cues.bodyHeads.has(head) || mention.type === 'Event'
          ? clusters.filter((c) => c.type === mention.type && hasNameWithHead(c, head) && fits(c.key))
          : [];
      // "the ombudsman" for "Housing Ombudsman Service": a word no name ends in, but one body's name holds.
      const headed = headedByName.length > 0 ? headedByName : holdingWord(clusters, mention.type, head);
      // …unless the sentence before opened with a body that has one ("Siemens reported… The board said": its
      // board), or whose name says it is one; not otherwise ("Thamesvale is… The committee's chairman").
      const subjectKept = subject && (g.cues.ownHeadOnlyBodies.has(head) || hasNameWithHead(byKey.get(subject.entity!), head));
      const soleHeaded = !apposed && !owner && !subjectKept && headed.length === 1 ? headed[0]!.key : undefined;
      const antecedent =
        namedAfter ??
        (soleHeaded ? undefined : (subject ?? owner ?? apposed ?? storyOverPassing(nearestWithHead(mentions, index, head, byKey), headed)));
      // "the energy company Rätia Windkraft … The company's project director": a head set before a name holds it too.
      if ((apposed ?? namedAfter)?.entity) apposedHeads.set(head, (apposed ?? namedAfter)!.entity!);
      const introduced = antecedent || ownedByGroup ? undefined : apposedHeads.get(head);
      const described = antecedent
        ? undefined
        : (introduced ??
          namedByDescribingWord(mention, head, clusters) ??
          (ownedByGroup ? laterWithHead(mentions, index, head, byKey)?.entity : undefined));
      // "Ferrano Glass, the glassmaker, will close its plant, the company said": the reporting clause's
      // company is the one its sentence opens with.
      const reported = reporting && !antecedent && !described ? openingName(doc, mentions, index, mention.type) : undefined;
      const story =
        antecedent || described || ownedByGroup || (reported && fits(reported.entity!))
          ? undefined
          : mostMentioned(mentions, index, mention.type, byKey, candidate, section);
      // (Named by then: "held in the town" is no city the next sentence names.)
      const only = clusters.filter(
        (c) =>
          c.type === mention.type &&
          fits(c.key) &&
          c.mentions.some((m) => doc.sentences[m.sentence]?.kind !== 'dateline' && m.sentence <= mention.sentence),
      );
      // …within the window: "Loyaltec, a Manchester company…" is not "the company" of the story's last line.
      const introduction = introducedHeads.get(head);
      const indefinitely = introduction && mention.sentence - introduction.sentence <= WINDOW ? introduction.key : undefined;
      const key =
        namesake ??
        soleHeaded ??
        (namedAfter ?? owner ?? apposed)?.entity ??
        // "According to Aldermoor, … The company said": the sentence before's subject outweighs a body introduced nearby.
        (subject && fits(subject.entity!) ? subject.entity : undefined) ??
        (indefinitely && fits(indefinitely) ? indefinitely : undefined) ??
        antecedent?.entity ??
        described ??
        (reported && fits(reported.entity!) ? reported.entity : undefined) ??
        story?.entity ??
        (only.length === 1 && !ownedByGroup ? only[0]!.key : resolvedInSection(head, mention.sentence));
      // A description made of a name's own last word ("the network") is that named body or nothing.
      if (key && (mention.evidence !== NAMED_HEAD || hasNameWithHead(byKey.get(key), head))) {
        attach(mention, key);
        resolvedHeads.set(head, { key, sentence: mention.sentence });
        // Once "the company" is another body again, the introduction no longer holds it.
        if (introduction && key !== introduction.key) introducedHeads.delete(head);
      }
      return;
    }
    if (mention.source !== 'pronoun') return;
    if (/^(he|she|him|his|her)$/.test(word)) {
      // "she said" skips a Brian for a Wanjiku; a name of unknown gender may be either.
      const gender = /^(she|her)$/.test(word) ? 'female' : 'male';
      // A pronoun before says its own gender ('"She was always right," he said' is not her).
      const known = (m: Mention) => (m.source === 'pronoun' ? pronounGender(m.text) : undefined) ?? genderOf(m.entity!, g);
      // Not a title in a possessive ("disagreed with the governor's diagnosis. He argued…" is the one who disagreed).
      // Nor a person a quotation names: in '"…the judge was wrong," she said', "she" is who spoke it.
      const fits = (m: Mention) =>
        m.type === 'Person' &&
        (known(m) ?? gender) === gender &&
        !(m.source === 'description' && /^['’]s\b/.test(doc.sentences[m.sentence]!.text.slice(m.end))) &&
        !(m.sentence === mention.sentence && insideQuotation(sentence.text, m.start) && !insideQuotation(sentence.text, mention.start));
      // "Gilchrist said Marr had stayed behind. He added that…": who goes on speaking is who spoke in the sentence
      // before, not the last person it named.
      // ("Speaking by video link from Wroclaw, she said …": a participle's phrase before it changes nothing.)
      const opensClause = mention.start === 0 || /^\p{Lu}\p{Ll}+ing\b[^,;"“”]*,\s*$/u.test(sentence.text.slice(0, mention.start));
      const speaker =
        opensClause && speechVerbAfter(sentence.text.slice(mention.end), g) ? previousSubject(doc, mentions, index, 'Person') : undefined;
      // '"…," he said' after a sentence reporting one person's words goes on with that person.
      const quoted =
        /["”]\s*$/.test(sentence.text.slice(0, mention.start)) && speechVerbAfter(sentence.text.slice(mention.end), g)
          ? reportedSpeaker(doc, mentions, index, g)
          : undefined;
      // …and so does one the sentence before opened with, whose given name says it is the pronoun's gender
      // ("Marta Zielinska won the award for her version of the late poet Tadeusz Brzana's book. … she said").
      const continuing =
        speaker &&
        fits(speaker) &&
        (speaksPastApposition(doc.sentences[speaker.sentence]!.text.slice(speaker.end), g) || known(speaker) === gender)
          ? speaker
          : quoted && fits(quoted)
            ? quoted
            : undefined;
      const antecedent = continuing ?? nearest(mentions, index, fits, (m) => m.sentence);
      const key = antecedent?.entity ?? (persons.length === 1 ? persons[0]!.key : undefined);
      if (key) attach(mention, key);
    } else if (word === 'they' && mention.start === 0 && speechVerbAfter(sentence.text.slice(mention.end), g)) {
      // "Analysts at Brammer & Loxley were less forgiving. They said …": people of a body, unnamed, speak for it.
      const body = staffOfBodyBefore(doc, mentions, mention.sentence);
      if (body?.entity) attach(mention, body.entity);
    } else if (/^(i|my|me)$/.test(word) && sentence.turnLabel) {
      const speaker = clusterOfLabel(sentence.turnLabel, doc, clusters, g);
      if (speaker) attach(mention, speaker.key);
    } else if (/^(it|its)$/.test(word) && mention.start === 0) {
      // Sentence-initial "It" continues the previous sentence's subject; "Its director" its organisation.
      const titled = word === 'its' && opensWithRole(sentence.text.slice(mention.end), g);
      const previous = mentions.filter(
        (m) => m.sentence === mention.sentence - 1 && m.entity && (m.type === 'Organization' || (!titled && m.type === 'Event')),
      );
      // "The tournament is owned by X. Its director, Y, said": an event the sentence before opened with has a director too.
      const eventSubject = mentions.find((m) => m.sentence === mention.sentence - 1 && m.start === 0 && m.entity && m.type === 'Event');
      // "Outside Leinster House, the charity Clearway handed out leaflets. Its director…": not a name in the
      // sentence's opening phrase.
      // "X is a member of the Growers' Association, which represents 340 wineries. Its chairman…": a body the sentence
      // before goes on to describe in a relative clause is the one a title belongs to.
      // So is one it first introduced with a description ("brought in the cyber-security firm Brightmoor Cyber").
      const described = titled
        ? (previous.filter((m) => m.start > 0 && describedAfter(doc, m)).pop() ??
          previous.filter((m) => m.start > 0 && introducedDescribed(doc, mentions, m)).pop())
        : undefined;
      const named = titled && eventSubject ? eventSubject : (described ?? previous.find((m) => !inOpeningPhrase(doc, m)) ?? previous[0]);
      // "The board, which runs hospitals…, said… The longest wait, at Bronglais Hospital, was 31 months. Its chief
      // executive…": a title's owner is no place named after a preposition, but the body the sentences before opened with.
      const owner =
        titled && !described && (!named || afterPreposition(doc, named))
          ? (openedWithBody(doc, mentions, mention.sentence) ?? named)
          : named;
      if (owner?.entity) attach(mention, owner.entity);
    } else if (
      word === 'it' &&
      /,\s*$/.test(sentence.text.slice(0, mention.start)) &&
      speechVerbAfter(sentence.text.slice(mention.end), g)
    ) {
      // "The bank has set aside 500 million crowns, it said in a statement": the organisation the sentence opened with.
      const opener = mentions.find((m) => m.sentence === mention.sentence && m.start === 0 && m.entity && m.type === 'Organization');
      if (opener?.entity) attach(mention, opener.entity);
    } else if (word === 'its' || (word === 'their' && opensWithRole(sentence.text.slice(mention.end), g))) {
      // "Kestrel sells diets through its subsidiary X": a possessive "its" is the organisation
      // the sentence named last before it (a description counts once resolved); so is "their" before a
      // role ("Tyne Harriers won after their captain, Rebecca Thwaite, …": a team's or a firm's)…
      const before = mentions.filter(
        (m) => m.sentence === mention.sentence && m.end <= mention.start && m.entity && m.type === 'Organization',
      );
      // "Loopa, which is a unit of Betaal, sent its chief": past a comma, the sentence's subject.
      const last = before[before.length - 1];
      // "In a statement, its chief negotiator, …": with no organisation before it, a title's owner is
      // the organisation the sentence before opened with.
      // "Lochan Blades won away, beating Firth City Pirates 4-2 thanks to their goalkeeper": past a clause's comma
      // after the name the sentence opens with, that name.
      const pastComma = (m: Mention) => sentence.text.slice(m.end, mention.start).includes(',');
      // "The Fairhurst Foundation, its charitable arm, …": a possessive apposed to a name is another body's, the one
      // the sentence before opened with.
      if (last && commaApposed(sentence.text, last, mention) && namesUnit(sentence.text.slice(mention.end), g)) {
        const opener = previousSubject(doc, mentions, index, 'Organization');
        if (opener?.entity && opener.entity !== last.entity) attach(mention, opener.entity);
        return;
      }
      const owner =
        last && (pastComma(last) || (before[0]!.start === 0 && pastComma(before[0]!)))
          ? before[0]
          : (last ??
            (opensWithRole(sentence.text.slice(mention.end), g) ? previousSubject(doc, mentions, index, 'Organization') : undefined));
      if (owner?.entity) attach(mention, owner.entity);
    }
  });
}
