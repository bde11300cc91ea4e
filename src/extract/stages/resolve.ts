import { isShortFormOf, loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { descriptivePlace, headWord, initials, isAcronym, memoize, normalizeName, slug, surnameForms } from '../text.js';
import type { Doc, Entity, EntityType, Mention } from '../types.js';

const GENERIC_ORG_SUFFIX = /\s+(?:Group|Inc\.?|Corp\.?|Corporation|Holdings|Ltd\.?|Limited|Co\.?|Company|PLC|plc|LLC)$/;
/** How many sentences back a description or pronoun may look for its antecedent. */
const WINDOW = 4;
/** Descriptions that fit any organisation, whatever its name. */
const GENERIC_HEADS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'business', 'giant', 'conglomerate', 'corporation']);

/** Normalised name without "Group", "Inc." and the like. */
const withoutOrgSuffix = memoize((name) => normalizeName(name.replace(GENERIC_ORG_SUFFIX, '')));

interface Cluster {
  key: string;
  type: EntityType;
  names: Map<string, string>; // normalised → surface
  mentions: Mention[];
}

function canonicalName(cluster: Cluster): string {
  const names = [...cluster.mentions.filter((m) => m.source === 'name' && m.descriptive !== true).map((m) => m.text)];
  const pool = names.length ? names : [...cluster.names.values()];
  // Prefer the longest name seen outside headlines' title case, then the most frequent.
  return pool.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? cluster.key;
}

/** Finds the cluster a new name belongs to: same name, an acronym, a short form or a person's surname. */
function findCluster(clusters: Cluster[], type: EntityType, text: string, g: Gazetteer): Cluster | undefined {
  const norm = normalizeName(text);
  const sameType = clusters.filter((c) => c.type === type);
  const exact = sameType.find((c) => c.names.has(norm));
  if (exact) return exact;
  if (type === 'Person') {
    const words = norm.split(' ');
    return sameType.find((c) => [...c.names.keys()].some((n) => {
      const other = n.split(' ');
      return (words.length === 1 && (other[other.length - 1] === norm || other[0] === norm) && other.length > 1) ||
        (other.length === 1 && (words[words.length - 1] === n || words[0] === n)) ||
        (other.length > words.length && surnameForms(n).includes(norm));
    }));
  }
  if (type === 'Organization' || type === 'Event') {
    const stripped = withoutOrgSuffix(text);
    const acronym = isAcronym(text) ? text : undefined;
    return sameType.find((c) => [...c.names.entries()].some(([n, surface]) =>
      withoutOrgSuffix(surface) === stripped ||
      (acronym !== undefined && initials(surface) === acronym) ||
      (isAcronym(surface) && initials(text) === surface) ||
      isShortFormOf(stripped, n, g) || isShortFormOf(n, stripped, g) ||
      n === stripped));
  }
  if (type === 'Place') {
    const entry = g.places.get(norm)?.[0];
    if (entry?.level === 'country') return sameType.find((c) => [...c.names.keys()].some((n) => g.places.get(n)?.[0]?.name === entry.name && g.places.get(n)?.[0]?.level === 'country'));
  }
  return undefined;
}

/**
 * "…, the company said": of the entities of `type` named within the window, the one the
 * article names most (news keeps "the company" for its main company), the nearest on a tie.
 */
function mostMentioned(mentions: Mention[], index: number, type: EntityType, byKey: Map<string, Cluster>, fits: (key: string) => boolean = () => true): Mention | undefined {
  const size = (key: string) => byKey.get(key)?.mentions.length ?? 0;
  // "the event" late in a story is still the story's event, however long ago it was named.
  const window = type === 'Event' ? Infinity : WINDOW;
  let best: Mention | undefined;
  for (let i = index - 1; i >= 0 && mentions[index]!.sentence - mentions[i]!.sentence <= window; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type !== type || candidate.source === 'pronoun' || !candidate.entity || !fits(candidate.entity)) continue;
    // On a tie the nearest wins, but for an event the first named: a story introduces its own event first.
    if (!best || size(candidate.entity) > size(best.entity!) || (type === 'Event' && size(candidate.entity) === size(best.entity!))) best = candidate;
  }
  return best;
}

/**
 * Whether "the <head>" can name an organisation: "the company" any of them, "the bank" a name
 * ending in Bank or one with no head word at all (Barclays), never one whose head says it is
 * another kind of body ("the ministry" is not Vello Foods).
 */
function descriptionFits(head: string, cluster: Cluster | undefined, g: Gazetteer): boolean {
  if (!cluster || cluster.type !== 'Organization' || GENERIC_HEADS.has(head)) return true;
  const heads = [...cluster.names.values()].map((name) => headWord(name).toLowerCase()).filter((h) => g.organizationHeadWords.has(h));
  return heads.length === 0 || heads.includes(head);
}

/** "the trust" for "Thamesbridge NHS Trust": the nearest entity in the window whose name has the description's head word. */
function nearestWithHead(mentions: Mention[], index: number, byKey: Map<string, Cluster>): Mention | undefined {
  const description = mentions[index]!;
  const head = description.text.split(/\s+/).pop()!.toLowerCase();
  for (let i = index - 1; i >= 0 && description.sentence - mentions[i]!.sentence <= WINDOW; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type !== description.type || !candidate.entity) continue;
    const names = byKey.get(candidate.entity)?.names.values() ?? [];
    if ([...names].some((name) => name.includes(' ') && headWord(name).toLowerCase() === head)) return candidate;
  }
  return undefined;
}

/** The nearest name of `type` before mentions[index] in its sentence. */
function nameEarlierInSentence(mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  for (let i = index - 1; i >= 0 && mentions[i]!.sentence === mentions[index]!.sentence; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type === type && candidate.source === 'name' && candidate.entity) return candidate;
  }
  return undefined;
}

/** The mention of `type` that opens the sentence before the one holding mentions[index]. */
function previousSubject(mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  const sentence = mentions[index]!.sentence - 1;
  for (let i = index - 1; i >= 0 && mentions[i]!.sentence >= sentence; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.sentence === sentence && candidate.start === 0) return candidate.entity && candidate.type === type ? candidate : undefined;
  }
  return undefined;
}

function nearest(mentions: Mention[], index: number, accept: (m: Mention) => boolean, sentenceOf: (m: Mention) => number): Mention | undefined {
  const target = mentions[index]!;
  for (let i = index - 1; i >= 0; i -= 1) {
    const candidate = mentions[i]!;
    if (target.sentence - sentenceOf(candidate) > WINDOW) break;
    if (candidate.entity && accept(candidate)) return candidate;
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
        const text = mention.source === 'vocab' ? mention.evidence!.slice('vocab:'.length) : mention.text;
        if (mention.descriptive === true) continue;
        const cluster = findCluster(clusters, type, text, gazetteer);
        if (cluster) {
          cluster.names.set(normalizeName(mention.text), mention.text);
          cluster.mentions.push(mention);
          mention.entity = cluster.key;
        } else {
          const key = `${type}:${normalizeName(text)}`;
          clusters.push({ key, type, names: new Map([[normalizeName(text), text], [normalizeName(mention.text), mention.text]]), mentions: [mention] });
          mention.entity = key;
        }
      }
      resolveDescriptiveEvents(doc, mentions, clusters);
      resolveReferences(doc, mentions, clusters, gazetteer);
      resolveTurnLabels(doc, clusters, gazetteer);
      resolveInterviewPronouns(doc, mentions, clusters);
      const entities: Entity[] = clusters.map((cluster) => {
        // Vocabulary entities keep the vocabulary's name (the cluster's first); others their fullest name.
        const fromVocabulary = cluster.type === 'Topic' || cluster.type === 'Industry';
        const name = (fromVocabulary ? [...cluster.names.values()][0] : undefined) ?? canonicalName(cluster);
        const aliases = [...new Set([...cluster.names.values(), ...cluster.mentions.filter((m) => m.source === 'name').map((m) => m.text)])]
          .filter((alias) => normalizeName(alias) !== normalizeName(name));
        return {
          key: cluster.key,
          id: `${cluster.type.toLowerCase()}:${slug(name)}`,
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
    const referable = mention.evidence?.includes('descriptive-event') || inHeadline(mention) ? events : events.filter((c) => c.mentions.some((m) => m.sentence < mention.sentence && !inHeadline(m)));
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

/**
 * The gender a first name usually has ("Brian" male), from the key "Person:brian otieno";
 * undefined when unknown, or when the name opens with a surname (Korean "Park Soo-min").
 */
function genderOf(key: string, g: Gazetteer): 'male' | 'female' | undefined {
  const first = key.slice(key.indexOf(':') + 1).split(' ')[0] ?? '';
  return g.surnames.has(first.charAt(0).toUpperCase() + first.slice(1)) ? undefined : g.firstNames.get(first);
}

function resolveReferences(doc: Doc, mentions: Mention[], clusters: Cluster[], g: Gazetteer): void {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const attach = (mention: Mention, key: string) => {
    mention.entity = key;
    mention.type = byKey.get(key)?.type;
    byKey.get(key)?.mentions.push(mention);
  };
  const persons = clusters.filter((c) => c.type === 'Person');
  mentions.forEach((mention, index) => {
    if (mention.entity) return;
    const sentence = doc.sentences[mention.sentence]!;
    const word = mention.text.toLowerCase();
    if (mention.source === 'description' && mention.type) {
      const head = mention.text.split(/\s+/).pop()!.toLowerCase();
      const fits = (key: string) => descriptionFits(head, byKey.get(key), g);
      // "The company argued…" opening a sentence continues the previous sentence's subject, not its last name.
      const subject = mention.start === 0 ? previousSubject(mentions, index, mention.type) : undefined;
      // "at Amazon, where she ran the company's logistics": a possessive names the one just mentioned.
      const owner = !subject && /^['’]s\b/.test(sentence.text.slice(mention.end)) ? nameEarlierInSentence(mentions, index, mention.type) : undefined;
      // "Sindicato Número Uno, the largest union at the site": an apposition describes the name it follows.
      const previous = mentions[index - 1];
      const apposed = previous?.sentence === mention.sentence && previous.type === mention.type && previous.source === 'name' && /^\s*,\s*$/.test(sentence.text.slice(previous.end, mention.start)) ? previous : undefined;
      const antecedent = subject ?? owner ?? apposed ?? nearestWithHead(mentions, index, byKey) ?? mostMentioned(mentions, index, mention.type, byKey, fits);
      const only = clusters.filter((c) => c.type === mention.type && fits(c.key));
      const key = antecedent?.entity ?? (only.length === 1 ? only[0]!.key : undefined);
      if (key) attach(mention, key);
      return;
    }
    if (mention.source !== 'pronoun') return;
    if (/^(he|she|him|his|her)$/.test(word)) {
      // "she said" skips a Brian for a Wanjiku; a name of unknown gender may be either.
      const gender = /^(she|her)$/.test(word) ? 'female' : 'male';
      const antecedent = nearest(mentions, index, (m) => m.type === 'Person' && (genderOf(m.entity!, g) ?? gender) === gender, (m) => m.sentence);
      const key = antecedent?.entity ?? (persons.length === 1 ? persons[0]!.key : undefined);
      if (key) attach(mention, key);
    } else if (/^(i|my|me)$/.test(word) && sentence.turnLabel) {
      const speaker = clusters.find((c) => c.names.has(normalizeName(sentence.turnLabel!)));
      if (speaker) attach(mention, speaker.key);
    } else if (/^(it|its)$/.test(word) && mention.start === 0) {
      // Sentence-initial "It" continues the previous sentence's subject.
      const previous = mentions.filter((m) => m.sentence === mention.sentence - 1 && m.entity && (m.type === 'Event' || m.type === 'Organization'));
      if (previous[0]?.entity) attach(mention, previous[0].entity);
    }
  });
}

/** Interview labels name speakers; an unmatched label becomes its own entity. */
function resolveTurnLabels(doc: Doc, clusters: Cluster[], g: Gazetteer): void {
  const labels = new Set(doc.sentences.map((s) => s.turnLabel).filter((l): l is string => !!l));
  for (const label of labels) {
    const norm = normalizeName(label);
    if (clusters.some((c) => c.names.has(norm))) continue;
    const person = findCluster(clusters, 'Person', label, g);
    if (person) {
      person.names.set(norm, label);
      continue;
    }
    const head = label.replace(/\s+\d+$/, '').split(/\s+/).pop() ?? '';
    const type: EntityType = g.cues.organizationHeads.has(head) || g.organizations.has(label) ? 'Organization' : 'Person';
    clusters.push({ key: `${type}:${norm}`, type, names: new Map([[norm, label]]), mentions: [] });
  }
}

/**
 * In an interview, "you" in the interviewer's turns is the interviewee, and "we"/"our" in
 * the interviewee's answers is the organisation the conversation is most about.
 */
function resolveInterviewPronouns(doc: Doc, mentions: Mention[], clusters: Cluster[]): void {
  const roles = interviewRoles(doc);
  if (!roles) return;
  const byLabel = (label: string) => clusters.find((c) => c.names.has(normalizeName(label)));
  const interviewer = byLabel(roles.interviewer);
  const interviewee = byLabel(roles.interviewee);
  const orgs = clusters
    .filter((c) => c.type === 'Organization' && c !== interviewer)
    .sort((a, b) => b.mentions.length - a.mentions.length);
  for (const mention of mentions) {
    if (mention.entity || mention.source !== 'pronoun') continue;
    const label = doc.sentences[mention.sentence]?.turnLabel;
    const word = mention.text.toLowerCase();
    let target: Cluster | undefined;
    if (label === roles.interviewer && /^(you|your)$/.test(word)) target = interviewee;
    if (label === roles.interviewee && /^(we|our|us)$/.test(word)) target = orgs[0];
    if (target) {
      mention.entity = target.key;
      mention.type = target.type;
      target.mentions.push(mention);
    }
  }
}

/** The label that asks questions is the interviewer; the other one that speaks most answers. */
export function interviewRoles(doc: Doc): { interviewer: string; interviewee: string } | undefined {
  const questions = new Map<string, number>();
  const turns = new Map<string, number>();
  for (const sentence of doc.sentences) {
    if (!sentence.turnLabel) continue;
    turns.set(sentence.turnLabel, (turns.get(sentence.turnLabel) ?? 0) + 1);
    if (sentence.kind === 'question') questions.set(sentence.turnLabel, (questions.get(sentence.turnLabel) ?? 0) + 1);
  }
  const interviewer = [...questions.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!interviewer) return undefined;
  const interviewee = [...turns.entries()].filter(([label]) => label !== interviewer).sort((a, b) => b[1] - a[1])[0]?.[0];
  return interviewee ? { interviewer, interviewee } : undefined;
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
