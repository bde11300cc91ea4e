/**
 * Pronouns attach to who they stand for: "he"/"she" to the nearest person of that gender or the one the sentence
 * before reported speaking, "it"/"its" to the body the sentence (or the one before) opened with, "I"/"my" in an
 * interview to the turn's speaker, "They said" after "Analysts at X" to X.
 */
import { opensWithRole, type Gazetteer } from '../gazetteer.js';
import { capitalised, insideQuotation } from '../text.js';
import type { Doc, Mention } from '../types.js';
import type { Cluster } from './cluster.js';
import { commaApposed, previousSubject, speechVerbAfter, unitWordAfter, WINDOW } from './reference-context.js';
import { clusterOfLabel } from './turn-labels.js';

/** The body the sentence before opens with, after a plural noun for its people ("Analysts at X", "Economists from X"). */
function staffOfBodyBefore(doc: Doc, mentions: readonly Mention[], sentence: number): Mention | undefined {
  const before = doc.sentences[sentence - 1];
  const body = mentions.find((m) => m.sentence === sentence - 1 && m.type === 'Organization' && m.entity);
  if (!before || !body) return undefined;
  return /^[A-Z][a-z]+s\s+(?:at|from|with)\s+(?:the\s+)?$/.test(before.text.slice(0, body.start)) ? body : undefined;
}

/** Whether a mention stands in its sentence's opening phrase, before the first comma and any verb ("Outside Leinster House, …"). */
function inOpeningPhrase(doc: Doc, m: Mention): boolean {
  const sentence = doc.sentences[m.sentence]!;
  return (
    m.start > 0 &&
    m.end <= sentence.text.indexOf(',') &&
    // ("But the Gwynedd Safe Routes Alliance, a parents' group, says": a conjunction before the subject opens no phrase.)
    !/^(?:(?:but|and|yet|so)\s+)?(?:the\s+)?$/i.test(sentence.text.slice(0, m.start)) &&
    !sentence.tokens.some((t) => t.start < m.start && (t.pos === 'VERB' || t.pos === 'AUX'))
  );
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
 * undefined when unknown or either, or when the name opens with a surname (Korean "Park Soo-min").
 */
function genderOf(key: string, g: Gazetteer): 'male' | 'female' | undefined {
  const first = key.slice(key.indexOf(':') + 1).split(' ')[0] ?? '';
  const gender = g.surnames.has(capitalised(first)) ? undefined : g.firstNames.get(first);
  return gender === 'either' ? undefined : gender;
}

/** "X is a subsidiary of Y", "X, a unit of Y,", "X is owned by Y": a body named as a parent's unit or holding. */
const UNIT_OF_PARENT =
  /^[^,.]*?(?:,\s+|\s+(?:is|was|has\s+been|became)\s+)(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:subsidiary|unit|division|arm|affiliate)\s+of\b|^[^,.]*?\s+(?:is|was)\s+(?:wholly\s+|majority\s+)?owned\s+by\b/u;

/** "In a written submission, ", "In an emailed statement, ": a phrase naming only the document a body spoke in. */
const IN_A_DOCUMENT = /^In an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|submission|letter|response|filing|reply|email|note)\s*,\s*$/u;

/** Attaches mentions[index], a pronoun, to the entity it stands for, if one is found. */
export function resolvePronoun(
  doc: Doc,
  mentions: Mention[],
  index: number,
  clusters: Cluster[],
  g: Gazetteer,
  attach: (mention: Mention, key: string) => void,
): void {
  const mention = mentions[index]!;
  const sentence = doc.sentences[mention.sentence]!;
  const word = mention.text.toLowerCase();
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
    // With no antecedent in reach, a story naming one person only means that person.
    const persons = clusters.filter((c) => c.type === 'Person');
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
    // "Kaveri Cellworks is a subsidiary of the Anantam Group, which makes parts. Its managing director…": a body the
    // sentence before opened with as a parent's unit is whose the title is (a member of an association is not).
    const before = doc.sentences[mention.sentence - 1];
    const bodySubject =
      titled && before && UNIT_OF_PARENT.test(before.text)
        ? previous.find((m) => m.start === 0 && m.type === 'Organization' && m.source === 'name')
        : undefined;
    const named =
      titled && eventSubject ? eventSubject : (bodySubject ?? described ?? previous.find((m) => !inOpeningPhrase(doc, m)) ?? previous[0]);
    // "The board, which runs hospitals…, said… The longest wait, at Bronglais Hospital, was 31 months. Its chief
    // executive…": a title's owner is no place named after a preposition, but the body the sentences before opened with.
    const owner =
      titled && !described && (!named || afterPreposition(doc, named)) ? (openedWithBody(doc, mentions, mention.sentence) ?? named) : named;
    if (owner?.entity) attach(mention, owner.entity);
  } else if (word === 'it' && /,\s*$/.test(sentence.text.slice(0, mention.start)) && speechVerbAfter(sentence.text.slice(mention.end), g)) {
    // "The bank has set aside 500 million crowns, it said in a statement": the organisation the sentence opened with.
    const opener = mentions.find((m) => m.sentence === mention.sentence && m.start === 0 && m.entity && m.type === 'Organization');
    // "… opposed the sale. In a written submission, it said …": after a fronted phrase naming only the document, the body
    // the sentence before opened with.
    const inDocument = IN_A_DOCUMENT.test(sentence.text.slice(0, mention.start));
    const named = opener ?? (inDocument ? previousSubject(doc, mentions, index, 'Organization') : undefined);
    if (named?.entity) attach(mention, named.entity);
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
    if (last && commaApposed(sentence.text, last, mention) && unitWordAfter(sentence.text.slice(mention.end), g)) {
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
}
