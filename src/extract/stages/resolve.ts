import { isCountryName, isShortFormOf, loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { entityId } from '../../ids.js';
import { descriptivePlace, initials, isAcronym, normalizeName, opensTownName, slug, surnameForms, withoutLegalForm } from '../text.js';
import type { Doc, Entity, EntityType, Mention } from '../types.js';
import type { Cluster } from './cluster.js';
import { taggedParty } from './party-tags.js';
import { CLUB_NICKNAME, NAMESAKE_BODY } from './type-evidence.js';
import { resolveReferences } from './resolve-references.js';
import { clusterOfLabel, interviewRoles, isRoleLabel, personOfLabelSurname } from './turn-labels.js';

function canonicalName(cluster: Cluster, doc: Doc): string {
  // (A party's letter in "D-Ohio" is filed under the party's name, never named by it.)
  const names = [
    ...cluster.mentions.filter((m) => m.source === 'name' && m.descriptive !== true && taggedParty(m) === undefined).map((m) => m.text),
  ];
  const named = names.length ? names : [...cluster.names.values()];
  // "than Gothenburg's." (a possessive the tokenizer left whole) is no longer a name than "Gothenburg".
  const pool = named.filter((name) => !/['’]s$/.test(name) || !named.includes(name.slice(0, -2)));
  // Prefer the longest name, and one not written in capitals as a dateline writes it ("DUISBURG").
  const shouted = (name: string) => Number(name.length > 3 && name === name.toUpperCase());
  const best =
    pool.sort((a, b) => shouted(a) - shouted(b) || b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? cluster.key;
  const onlyInDateline = cluster.mentions.every((m) => doc.sentences[m.sentence]?.kind === 'dateline');
  return shouted(best) && onlyInDateline ? best.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (start) => start.toUpperCase()) : best;
}

/**
 * Whether two normalised names are a party's and its members' word for it, either way round: "liberal democrat"
 * and "liberal democrats", "greens" and "green party".
 */
const partyForms = (a: string, b: string) => {
  // ("republican" and "republican party", "democrat" and "democratic party" too.)
  const memberOf = (member: string, party: string) => {
    const singular = member.replace(/s$/, '');
    // (Not "social democrats" and "social democratic party": a regional branch is called so too.)
    return party === `${member}s` || party === `${singular} party` || (!singular.includes(' ') && party === `${singular}ic party`);
  };
  return memberOf(a, b) || memberOf(b, a);
};

/** Whether a sentence names both ("Siemens Energy, spun off from Siemens"): then they are two. */
const namedTogether = (a: Cluster, b: Cluster) => {
  const sentences = new Set(b.mentions.map((m) => m.sentence));
  return a.mentions.some((m) => sentences.has(m.sentence));
};

/** Whether the words of `short` (two or more) open the longer name `long`. */
const opensName = (short: string[], long: string[]) =>
  short.length >= 2 && long.length > short.length && short.every((w, i) => long[i] === w);

/**
 * "red cross" in "kenya red cross society", "aramco" in "saudi aramco", "interior ministry" for "ministry of interior
 * and national administration": a body's name without the country before it and the head after it, or a ministry's
 * portfolio before its head.
 */
function innerName(short: string, long: string, g: Gazetteer): boolean {
  const words = long.split(' ');
  const inner = short.split(' ');
  if (inner.length === 2 && inner[1] === 'ministry')
    return long.startsWith(`ministry of ${inner[0]} `) || long === `ministry of ${inner[0]}`;
  // ("aramco" in "saudi aramco": one word, past a country's, if no body's head.)
  const oneWord = inner.length === 1 && !g.organizationHeadWords.has(inner[0]!);
  if ((inner.length < 2 && !oneWord) || words.length < inner.length + 1) return false;
  const at = words.findIndex((w, i) => inner.every((v, j) => words[i + j] === v));
  if (at < 1) return false;
  const country = words.slice(0, at).join(' ');
  const tail = words.slice(at + inner.length);
  return g.places.get(country)?.[0]?.level === 'country' && tail.length <= 1 && tail.every((w) => g.organizationHeadWords.has(w));
}

/** A person's normalised name words after any leading initials ("s anuradha kumari" → "anuradha kumari"). */
const withoutInitials = (words: string[]) => {
  let first = 0;
  while (first < words.length - 2 && /^\p{L}\.?$/u.test(words[first]!)) first += 1;
  return words.slice(first).join(' ');
};

const postNominalsByGazetteer = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** A name's words, normalised, without the letters after it that say what the person is ("ciaran mulhare sc"). */
function withoutPostNominals(words: string[], g: Gazetteer): string[] {
  let letters = postNominalsByGazetteer.get(g);
  if (!letters) postNominalsByGazetteer.set(g, (letters = new Set([...g.cues.postNominals].map(normalizeName))));
  let end = words.length;
  while (end > 2 && letters.has(words[end - 1]!)) end -= 1;
  return end === words.length ? words : words.slice(0, end);
}

const HONORIFIC_GENDER: Readonly<Record<string, 'male' | 'female'>> = { Mr: 'male', Mrs: 'female', Ms: 'female', Miss: 'female' };
/** One of those honorifics right before a name, as the text runs up to it. */
const HONORIFIC_BEFORE = new RegExp(`\\b(${Object.keys(HONORIFIC_GENDER).join('|')})\\.?\\s+$`);

/** Text order of two mentions: negative when `a` comes first. */
const byPosition = (a: Mention, b: Mention) => a.sentence - b.sentence || a.start - b.start;

/**
 * "Bernadette Halligan … Mrs Halligan said", "Tom Halligan … Mr Halligan said": where several people the article
 * names share a surname, the surname alone is the one named last before it whom its honorific fits (the others are
 * their relatives, named in turn).
 */
function sharedSurnameHolder(doc: Doc, clusters: Cluster[], mention: Mention, g: Gazetteer): Cluster | undefined {
  const norm = normalizeName(mention.text);
  if (norm.includes(' ')) return undefined;
  const fullNameOf = (c: Cluster) =>
    [...c.names.keys()].map((n) => withoutPostNominals(n.split(' '), g)).find((w) => w.length > 1 && w[w.length - 1] === norm);
  const holders = clusters.filter((c) => c.type === 'Person' && fullNameOf(c));
  if (holders.length < 2) return undefined;
  // (Only with an honorific: an obituary's "Bamrah" alone is its subject, whoever of the family was named last.)
  const honorific = HONORIFIC_BEFORE.exec(doc.sentences[mention.sentence]?.text.slice(0, mention.start) ?? '')?.[1];
  if (!honorific) return undefined;
  const fits = (c: Cluster) => g.firstNames.get(fullNameOf(c)![0]!) === HONORIFIC_GENDER[honorific];
  let best: { cluster: Cluster; at: Mention } | undefined;
  for (const c of holders.filter(fits)) {
    for (const m of c.mentions) {
      const fullNameBefore = m.text.includes(' ') && byPosition(m, mention) < 0;
      if (fullNameBefore && (!best || byPosition(m, best.at) > 0)) best = { cluster: c, at: m };
    }
  }
  return best?.cluster;
}

/** Finds the cluster a new name belongs to: same name, an acronym, a short form or a person's surname. */
function findCluster(clusters: Cluster[], type: EntityType, text: string, g: Gazetteer): Cluster | undefined {
  const norm = normalizeName(text);
  const sameType = clusters.filter((c) => c.type === type);
  const exact = sameType.find((c) => c.names.has(norm));
  if (exact) return exact;
  if (type === 'Person') {
    const words = norm.split(' ');
    return sameType.find((c) =>
      [...c.names.keys()].some((n) => {
        const other = withoutPostNominals(n.split(' '), g);
        return (
          (words.length === 1 && (other[other.length - 1] === norm || other[0] === norm) && other.length > 1) ||
          (other.length === 1 && (words[words.length - 1] === n || words[0] === n)) ||
          (other.length > words.length && surnameForms(n).includes(norm)) ||
          // "Lakpa Nuru" for "Lakpa Nuru Sherpa", "María Ruiz" for "María Ruiz Vega": a name of two words or more that opens the other.
          opensName(words, other) ||
          opensName(other, words) ||
          // "Anuradha Kumari" for "S. Anuradha Kumari": leading initials are no part of who is named.
          (withoutInitials(words) === withoutInitials(other) && withoutInitials(words).includes(' '))
        );
      }),
    );
  }
  if (type === 'Organization' || type === 'Event') {
    const stripped = withoutLegalForm(text);
    const acronym = isAcronym(text) ? text : undefined;
    return sameType.find((c) =>
      [...c.names.entries()].some(
        ([n, surface]) =>
          withoutLegalForm(surface) === stripped ||
          // "Liberal Democrat" beside "Liberal Democrats", "the Greens" beside "Green Party".
          (type === 'Organization' && partyForms(stripped, withoutLegalForm(surface))) ||
          (acronym !== undefined && initials(surface) === acronym) ||
          (isAcronym(surface) && initials(text) === surface) ||
          isShortFormOf(stripped, n, g) ||
          isShortFormOf(n, stripped, g) ||
          (type === 'Organization' && (innerName(stripped, n, g) || innerName(n, stripped, g))) ||
          // "Tarsila" for "Typhoon Tarsila": an event's name without the word that opens names of its kind.
          (type === 'Event' && !norm.includes(' ') && n.endsWith(` ${norm}`) && g.cues.leadingEventHeads.has(surface.split(' ')[0]!)) ||
          n === stripped,
      ),
    );
  }
  if (type === 'Place') {
    // "Newcastle" beside "Newcastle upon Tyne", "Radvanov" beside "Radvanov nad Odrou".
    const townOfLongerName = sameType.find((c) => [...c.names.keys()].some((n) => opensTownName(norm, n)));
    if (townOfLongerName) return townOfLongerName;
    const entry = g.places.get(norm)?.[0];
    if (entry?.level === 'country')
      return sameType.find((c) =>
        [...c.names.keys()].some((n) => g.places.get(n)?.[0]?.name === entry.name && g.places.get(n)?.[0]?.level === 'country'),
      );
  }
  return undefined;
}

/**
 * Mentions → entities within one article: the same name, acronyms ("WIC"), short forms
 * ("Alibaba" for "Alibaba Group"), surnames, "the <place> summit", definite descriptions
 * ("the company") and pronouns ("He stated…", "our" in an answer) join one entity.
 */
export function createResolveStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  return {
    name: 'resolve',
    requires: ['mentions', 'types'],
    assigns: ['entities'],
    run(doc: Doc): Doc {
      const clusters: Cluster[] = [];
      const mentions = doc.mentions.map((m) => ({ ...m }));
      markPlaceEvents(mentions, gazetteer);
      // Full names first, so short forms find them whatever the order in the text.
      const names = mentions.filter((m) => (m.source === 'name' || m.source === 'vocab') && m.type);
      const wordCount = new Map(names.map((m) => [m, m.text.split(' ').length]));
      const order = [...names].sort((a, b) => wordCount.get(b)! - wordCount.get(a)!);
      for (const mention of order) {
        const type = mention.type!;
        // A vocabulary term is filed under its canonical name, a party's letter ("D-Ohio") under the party's.
        const text = mention.source === 'vocab' ? mention.evidence!.slice('vocab:'.length) : (taggedParty(mention) ?? mention.text);
        if (mention.descriptive === true) continue;
        const cluster =
          (type === 'Person' ? sharedSurnameHolder(doc, clusters, mention, gazetteer) : undefined) ??
          findCluster(clusters, type, text, gazetteer);
        if (cluster) {
          cluster.names.set(normalizeName(mention.text), mention.text);
          cluster.mentions.push(mention);
          mention.entity = cluster.key;
        } else {
          const key = `${type}:${normalizeName(text)}`;
          clusters.push({
            key,
            type,
            names: new Map([
              [normalizeName(text), text],
              [normalizeName(mention.text), mention.text],
            ]),
            mentions: [mention],
          });
          mention.entity = key;
        }
      }
      mergeShortForms(clusters, gazetteer);
      mergeClubNicknames(clusters, gazetteer);
      mergeNamesakeBodies(clusters);
      mergeEventShortForms(clusters);
      dropBareEventTails(clusters, gazetteer);
      resolveDescriptiveEvents(doc, mentions, clusters);
      resolveReferences(doc, mentions, clusters, gazetteer);
      mergeKnownAs(doc, mentions, clusters);
      resolveTurnLabels(doc, clusters, gazetteer);
      resolveInterviewPronouns(doc, mentions, clusters, gazetteer);
      const entities: Entity[] = clusters.map((cluster) => {
        // Vocabulary entities keep the vocabulary's name (the cluster's first); others their fullest name.
        const fromVocabulary = cluster.type === 'Topic' || cluster.type === 'Industry';
        const name = (fromVocabulary ? [...cluster.names.values()][0] : undefined) ?? canonicalName(cluster, doc);
        const aliases = [
          ...new Set([...cluster.names.values(), ...cluster.mentions.filter((m) => m.source === 'name').map((m) => m.text)]),
        ].filter((alias) => normalizeName(alias) !== normalizeName(name));
        return {
          key: cluster.key,
          id: entityId(cluster.type, slug(name)),
          type: cluster.type,
          name,
          aliases,
          mentions: cluster.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start),
        };
      });
      return { ...doc, mentions, entities };
    },
  };
}

/**
 * "the Wuzhen summit": the article's event of that kind, known under another name here. A
 * capitalised one ("Lagos Summit") refers back only to an event named before it: "Madrid
 * Open" opening a story that later mentions the French Open is an event of its own.
 */
function resolveDescriptiveEvents(doc: Doc, mentions: Mention[], clusters: Cluster[]): void {
  const inHeadline = (m: Mention) => doc.sentences[m.sentence]?.kind === 'headline';
  const descriptive = mentions.filter((m) => m.descriptive === true).sort((a, b) => Number(inHeadline(a)) - Number(inHeadline(b)));
  for (const mention of descriptive) {
    const norm = normalizeName(mention.text);
    const events = clusters.filter((c) => c.type === 'Event');
    const referable =
      mention.evidence?.includes('descriptive-event') || inHeadline(mention)
        ? events
        : events.filter((c) => c.mentions.some((m) => m.sentence < mention.sentence && !inHeadline(m)));
    const target = events.find((c) => c.names.has(norm)) ?? (referable.length === 1 ? referable[0] : undefined);
    if (target) {
      target.names.set(normalizeName(mention.text), mention.text.replace(/^the\s+/i, ''));
      target.mentions.push(mention);
      mention.entity = target.key;
    } else {
      const key = `Event:${normalizeName(mention.text)}`;
      clusters.push({ key, type: 'Event', names: new Map([[normalizeName(mention.text), mention.text]]), mentions: [mention] });
      mention.entity = key;
    }
  }
}

/** "The agency, known as JAXA, …", "X, also called Y": the second name is another name of the first's entity. */
function mergeKnownAs(doc: Doc, mentions: Mention[], clusters: Cluster[]): void {
  for (let i = 1; i < mentions.length; i += 1) {
    const alias = mentions[i]!;
    const named = mentions[i - 1]!;
    if (alias.source !== 'name' || !alias.entity || !named.entity || named.sentence !== alias.sentence || named.entity === alias.entity)
      continue;
    const text = doc.sentences[alias.sentence]!.text;
    const knownAs = named.type === alias.type && /^\s*,?\s*(?:also\s+)?(?:known|called)\s+as\s+$/.test(text.slice(named.end, alias.start));
    // "The Royal Netherlands Meteorological Institute (KNMI)": capitals in brackets after a body's name are its
    // short name, whatever their initials and however the capitals alone were typed.
    const bracketed =
      named.type === 'Organization' &&
      isAcronym(alias.text) &&
      /^\s*\($/.test(text.slice(named.end, alias.start)) &&
      text[alias.end] === ')';
    if (!knownAs && !bracketed) continue;
    const from = clusters.find((c) => c.key === alias.entity);
    const to = clusters.find((c) => c.key === named.entity);
    if (from && to) absorb(clusters, from, to);
  }
}

/** Moves a short form's mentions and names into the longer name's cluster, and drops the short one. */
function absorb(clusters: Cluster[], short: Cluster, long: Cluster): void {
  for (const mention of short.mentions) {
    mention.entity = long.key;
    mention.type = long.type;
    long.mentions.push(mention);
  }
  for (const [norm, surface] of short.names) long.names.set(norm, surface);
  clusters.splice(clusters.indexOf(short), 1);
}

/**
 * "Velloria" for "Velloria Foods", "Corrandel's chief executive" for "Corrandel Bank": a name of up to
 * three words of an organisation is the article's one organisation whose name it opens, though the
 * rest is a head word (for a name of several words, not a body of its own nor a country's arm:
 * "Kattegat Bank Lithuania") — unless a sentence names both ("Siemens Energy, spun off from Siemens")
 * or the vocabulary knows the one word as an organisation of its own.
 */
function mergeShortForms(clusters: Cluster[], g: Gazetteer): void {
  const organisations = clusters.filter((c) => c.type === 'Organization');
  for (const short of organisations) {
    const names = [...short.names.values()];
    if (!clusters.includes(short) || names.some((n) => n.split(' ').length > 3 || isAcronym(n) || g.organizations.has(n))) continue;
    const prefix = `${normalizeName(names[0]!)} `;
    // "Prairie Crest" for "Prairie Crest Financial" and "Shropshire Hills Health" for its NHS trust too, but not a
    // name with a head of its own for a body named after it ("Wyvern Athletic" and its supporters' trust).
    const words = names[0]!.split(' ');
    const last = words[words.length - 1]!;
    const headed = g.cues.organizationHeads.has(last) || g.cues.sportsClubHeads.has(last.toLowerCase());
    const separateBody = (n: string, surface: string) => {
      const rest = n.slice(prefix.length);
      // "Skelbrow Ropeworks Employee Ownership Trust": a body of two words or more named after the short name is
      // its own (not "… Hospitals NHS Trust", the same body under its service's name).
      const restWords = surface.split(' ').slice(words.length);
      const ownBody =
        restWords.length > 1 && g.cues.bodyHeads.has(restWords[restWords.length - 1]!.toLowerCase()) && !restWords.some(isAcronym);
      return (headed && rest.split(' ').some((w) => g.cues.bodyHeads.has(w))) || ownBody || isCountryName(rest, g);
    };
    const isSeparate = words.length > 1 ? separateBody : () => false;
    const opening = organisations.filter(
      (c) => c !== short && clusters.includes(c) && [...c.names].some(([n, surface]) => n.startsWith(prefix) && !isSeparate(n, surface)),
    );
    // "Wyvern" for "Wyvern Athletic", though "Wyvern Athletic Supporters' Trust" opens with it too.
    const extendsName = (c: Cluster, o: Cluster) => [...c.names.keys()].some((n) => [...o.names.keys()].some((m) => n.startsWith(`${m} `)));
    const longer = opening.filter((c) => !opening.some((o) => o !== c && extendsName(c, o)));
    if (longer.length !== 1) continue;
    const [long] = longer;
    if (namedTogether(short, long!)) continue;
    absorb(clusters, short, long!);
  }
}

/**
 * "Corsairs" for "Galway Corsairs": a club's nickname (see the type stage) joins the one club whose name it ends;
 * so does any one-word name of an organisation that ends exactly one two-word name ("Karhut" for "Kuopion
 * Karhut", "Santander" for "Banco Santander"), unless a sentence names both.
 */
function mergeClubNicknames(clusters: Cluster[], g: Gazetteer): void {
  const organisations = clusters.filter((c) => c.type === 'Organization');
  for (const short of organisations) {
    const names = [...short.names.values()];
    const nickname = short.mentions.some((m) => m.evidence?.split(',').includes(CLUB_NICKNAME));
    if (!nickname && (names.length !== 1 || names[0]!.includes(' ') || isAcronym(names[0]!) || g.organizations.has(names[0]!))) continue;
    const suffix = ` ${normalizeName(names[0]!)}`;
    const ends = (n: string) => n.endsWith(suffix) && (nickname || n.split(' ').length === 2);
    const clubs = organisations.filter((c) => c !== short && clusters.includes(c) && [...c.names.keys()].some(ends));
    if (clubs.length !== 1) continue;
    const [club] = clubs;
    if (!nickname && namedTogether(short, club!)) continue;
    absorb(clusters, short, club!);
  }
}

/**
 * "Scarbeck's principal cornet" (see the type stage) for "Scarbeck Colliery Band": a one-word name that owns a body's
 * officer joins the body its name opens, the one the article names first when several do ("Wearside University", not
 * the later "Wearside Students' Union").
 */
function mergeNamesakeBodies(clusters: Cluster[]): void {
  const organisations = clusters.filter((c) => c.type === 'Organization');
  const firstNamed = (c: Cluster) => Math.min(...c.mentions.map((m) => m.sentence));
  for (const short of organisations) {
    const names = [...short.names.keys()];
    if (names.length !== 1 || !short.mentions.some((m) => m.evidence?.split(',').includes(NAMESAKE_BODY))) continue;
    const prefix = `${names[0]!} `;
    const bodies = organisations.filter(
      (c) => c !== short && clusters.includes(c) && [...c.names.keys()].some((n) => n.startsWith(prefix)),
    );
    const [body] = bodies.sort((a, b) => firstNamed(a) - firstNamed(b));
    if (body) absorb(clusters, short, body);
  }
}

/** "the World Cup" for "Rugby World Cup 2027": an event's name of two words or more inside exactly one longer event's name. */
function mergeEventShortForms(clusters: Cluster[]): void {
  const events = clusters.filter((c) => c.type === 'Event');
  for (const short of events) {
    const names = [...short.names.keys()];
    if (names.some((n) => !n.includes(' '))) continue;
    const inside = (long: string) => names.some((n) => long !== n && ` ${long} `.includes(` ${n} `));
    const longer = events.filter((c) => c !== short && [...c.names.keys()].some(inside));
    if (longer.length !== 1) continue;
    const [long] = longer;
    absorb(clusters, short, long!);
  }
}

/**
 * "two Grand Slam semi-finals", "at the World Cup" with no longer event named: the name of a kind of event
 * ({eventNameTails}) alone, not joined to one the article names in full, is no event of its own.
 */
function dropBareEventTails(clusters: Cluster[], g: Gazetteer): void {
  const tails = new Set(g.cues.eventNameTails.map(normalizeName));
  for (const cluster of [...clusters]) {
    if (cluster.type !== 'Event' || ![...cluster.names.keys()].every((n) => tails.has(n))) continue;
    for (const mention of cluster.mentions) mention.entity = undefined;
    clusters.splice(clusters.indexOf(cluster), 1);
  }
}

/** "HM:" over the answers of Heledd Mostyn: the one person, other than `except`, whose name's initials the label is. */
function personWithInitials(clusters: readonly Cluster[], label: string, except?: Cluster): Cluster | undefined {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return undefined;
  const holders = clusters.filter(
    (c) => c !== except && c.type === 'Person' && [...c.names.values()].some((name) => initials(name) === label),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The one organisation with a name of two words or more that holds a one-word label as a word of its own. */
function bodyHoldingWord(clusters: readonly Cluster[], label: string, except?: Cluster): Cluster | undefined {
  if (/\s/.test(label)) return undefined;
  const word = label.toLowerCase();
  const holders = clusters.filter(
    (c) =>
      c !== except &&
      c.type === 'Organization' &&
      [...c.names.values()].some((name) => name.includes(' ') && name.toLowerCase().split(/\s+/).includes(word)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** Interview labels name speakers; an unmatched label becomes its own entity. */
function resolveTurnLabels(doc: Doc, clusters: Cluster[], g: Gazetteer): void {
  const labels = new Set(doc.sentences.map((s) => s.turnLabel).filter((l): l is string => !!l));
  for (const label of labels) {
    const norm = normalizeName(label);
    if (isRoleLabel(label, g)) continue;
    // (the label read as a name of its own goes into the person its initials are)
    const own = clusters.find((c) => c.names.has(norm));
    const initialled = personWithInitials(clusters, label, own);
    if (own && initialled && own.names.size === 1) absorb(clusters, own, initialled);
    // "BEACON:" over the questions of "a features writer at the Teesside Beacon": a one-word label that no person's
    // name holds and one body's does stands for that body.
    const namesake = findCluster(clusters, 'Person', label, g) ?? personOfLabelSurname(label, doc, clusters, g);
    const body = !namesake || namesake === own ? bodyHoldingWord(clusters, label, own) : undefined;
    if (own && body && own.type === 'Person' && own.names.size === 1) absorb(clusters, own, body);
    else if (!own && body) body.names.set(norm, label);
    if (own || body) continue;
    const person = namesake ?? initialled;
    if (person) {
      person.names.set(norm, label);
      continue;
    }
    // "Bramblewick asks:", "GardenWallGwen asks:": a one-word label that only ever asks, and names no one the article
    // does, is a reader's handle, no entity.
    const asksOnly = doc.sentences.filter((s) => s.turnLabel === label).every((s) => s.kind === 'question');
    if (asksOnly && !label.includes(' ')) continue;
    const head =
      label
        .replace(/\s+\d+$/, '')
        .split(/\s+/)
        .pop() ?? '';
    const type: EntityType = g.cues.organizationHeads.has(head) || g.organizations.has(label) ? 'Organization' : 'Person';
    clusters.push({ key: `${type}:${norm}`, type, names: new Map([[norm, label]]), mentions: [] });
  }
}

/**
 * In an interview, "you" in the interviewer's turns is the interviewee, and "we"/"our" in
 * the interviewee's answers is the organisation the conversation is most about.
 */
function resolveInterviewPronouns(doc: Doc, mentions: Mention[], clusters: Cluster[], g: Gazetteer): void {
  const roles = interviewRoles(doc);
  if (!roles) return;
  const byLabel = (label: string) => clusterOfLabel(label, doc, clusters, g);
  const interviewer = byLabel(roles.interviewer);
  const interviewee = byLabel(roles.interviewee);
  const orgs = clusters.filter((c) => c.type === 'Organization' && c !== interviewer).sort((a, b) => b.mentions.length - a.mentions.length);
  for (const mention of mentions) {
    if (mention.entity || mention.source !== 'pronoun') continue;
    const label = doc.sentences[mention.sentence]?.turnLabel;
    const word = mention.text.toLowerCase();
    let target: Cluster | undefined;
    if (label === roles.interviewer && /^(you|your)$/.test(word)) target = interviewee;
    if (label && roles.answerers.has(label) && /^(we|our|us)$/.test(word)) target = orgs[0];
    if (target) {
      mention.entity = target.key;
      mention.type = target.type;
      target.mentions.push(mention);
    }
  }
}

/** "Lagos Summit", "the Wuzhen summit": an event named by its place and its kind only. */
function markPlaceEvents(mentions: Mention[], g: Gazetteer): void {
  const places = new Set(mentions.filter((m) => m.type === 'Place').map((m) => normalizeName(m.text)));
  for (const mention of mentions) {
    if (mention.type !== 'Event' || mention.descriptive) continue;
    const words = mention.text.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 2 || !g.cues.eventHeads.has(words[words.length - 1]!)) continue;
    const place = descriptivePlace(mention.text);
    if (places.has(place) || g.places.get(place)?.some((p) => p.level !== 'city' || p.population > 100_000)) mention.descriptive = true;
  }
}
