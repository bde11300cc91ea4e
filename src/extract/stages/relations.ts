import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { indexDoc, type DocIndex } from '../doc-index.js';
import { captureText, loadRuleSet, type RuleSet } from '../rules/rule-set.js';
import type { Rule, Unit } from '../rules/types.js';
import { loadOffices, type VocabClasses } from '../rules/vocab-classes.js';
import { descriptivePlace, headWord, normalizeName } from '../text.js';
import { isCommonWord } from '../nlp.js';
import type { Doc, Entity, Mention, Predicate, Relation, Sentence } from '../types.js';
import {
  competitionFacts,
  contextFacts,
  storyEvents,
  eventAtDateline,
  officeFacts,
  venuesAtDateline,
  type Found,
  type Pending,
} from './context-objects.js';

/** "Saltmere's Polish head coach": a nationality before a title is not part of the role. */
function roleOf(sentence: Sentence, units: readonly Unit[] | undefined, g: Gazetteer): string | undefined {
  let from = 0;
  while (units && from < units.length - 1 && g.demonyms.has(units[from]!.text)) from += 1;
  return captureText(sentence, units?.slice(from));
}

/** The article's places by name, and its countries by their packaged common name too ("US" gives "United States"). */
function placesOf(doc: Doc, g: Gazetteer): Map<string, string> {
  const places = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type !== 'Place') continue;
    const country = g.places.get(e.name.toLowerCase())?.find((p) => p.level === 'country');
    for (const name of [e.name, country?.name]) if (name && !places.has(normalizeName(name))) places.set(normalizeName(name), e.key);
  }
  return places;
}

/** The article's place an adjective names ("Spanish" → Spain), if the article names it. */
const placeOfAdjective = (word: string, places: ReadonlyMap<string, string>, g: Gazetteer) =>
  places.get(normalizeName(g.placeOfAdjective.get(word.toLowerCase()) ?? ''));

/**
 * Facts from the rule files: each match's subjects × objects, with the rule's confidence. A captured
 * adjective of a place ("the northern Spanish region of Asturias") stands for that place when the article
 * names it.
 */
function ruleFacts(
  doc: Doc,
  index: DocIndex,
  ruleSet: RuleSet,
  rules: readonly Rule[],
  found: Found[],
  pending: Pending[],
  places: ReadonlyMap<string, string>,
  g: Gazetteer,
): void {
  // A fact needs two entities in its sentence, unless its rule takes the object from context or the subject from
  // the profile box the sentence is a line of; box rules run on nothing else.
  const contextual = rules.filter((r) => r.objectFromContext || r.objectFromOffice);
  const contextualOrBoxed = rules.filter((r) => r.objectFromContext || r.objectFromOffice || r.subjectFromBox);
  const unboxed = rules.filter((r) => !r.subjectFromBox);
  const personNamed = new Map(
    doc.entities.filter((e) => e.type === 'Person').flatMap((e) => [e.name, ...e.aliases].map((n) => [normalizeName(n), e.key] as const)),
  );
  const entityOf = (u: Unit) => u.mention?.entity ?? (u.classes.has('PLACE_ADJECTIVE') ? placeOfAdjective(u.lower, places, g) : undefined);
  for (const sentence of doc.sentences) {
    const mentions = index.inSentence(sentence.index);
    if (mentions.length === 0) continue;
    const units = ruleSet.units(sentence, mentions);
    const placesByAdjective = units.filter((u) => !u.mention).map(entityOf);
    const single = new Set([...mentions.map((m) => m.entity), ...placesByAdjective.filter(Boolean)]).size < 2;
    const boxSubject = sentence.boxOf ? personNamed.get(normalizeName(sentence.boxOf)) : undefined;
    const active = single ? (boxSubject ? contextualOrBoxed : contextual) : boxSubject ? rules : unboxed;
    for (const { rule, match } of ruleSet.run(active, sentence, units)) {
      const role = rule.role ?? roleOf(sentence, match.captures.get('role'), g);
      const subjects = rule.subjectFromBox
        ? [boxSubject!]
        : (match.captures.get('subject') ?? []).map(entityOf).filter((e): e is string => !!e);
      const objects = (match.captures.get('object') ?? []).map(entityOf).filter((e): e is string => !!e);
      if ((rule.objectFromContext || rule.objectFromOffice) && objects.length === 0) {
        subjects.forEach((subject) => pending.push({ rule, subject, role, sentence: sentence.index }));
        continue;
      }
      for (const subject of subjects) {
        for (const object of objects) {
          if (subject !== object)
            found.push({
              subject,
              predicate: rule.predicate as Predicate,
              object,
              role,
              sentence: sentence.index,
              confidence: rule.confidence,
              rule: rule.id,
            });
        }
      }
    }
  }
}

/** "the Wuzhen summit"; "the Bonn Climate Conference" in an article that names Bonn as a place. */
function eventsNamedAfterPlaces(
  doc: Doc,
  found: Found[],
  placesByName: ReadonlyMap<string, string>,
  qualifiers: ReadonlySet<string>,
): void {
  for (const m of doc.mentions) {
    if (m.type !== 'Event' || !m.entity || doc.sentences[m.sentence]?.kind === 'headline') continue;
    const placeName = m.descriptive ? descriptivePlace(m.text, qualifiers) : normalizeName(m.text).split(' ')[0];
    const place = placesByName.get(placeName ?? '');
    if (place && place !== m.entity)
      found.push({
        subject: m.entity,
        predicate: 'HELD_IN',
        object: place,
        sentence: m.sentence,
        confidence: m.descriptive ? 0.75 : 0.7,
        rule: 'event-named-after-place',
      });
  }
}

/**
 * "the Latvian capital, Riga", "Kyiv, the Ukrainian capital": a place described with another place's adjective
 * lies in that place, when the article names it. Only a description apposed to the name: one standing alone
 * ("the Welsh capital" two sentences on) may have been read as the wrong place.
 */
function placesDescribedByAdjective(doc: Doc, found: Found[], placesByName: ReadonlyMap<string, string>, g: Gazetteer): void {
  const apposed = (m: Mention, n: Mention) => {
    const sentence = doc.sentences[m.sentence]!.text;
    const [first, second] = m.start < n.start ? [m, n] : [n, m];
    return /^\s*,\s*$/.test(sentence.slice(first.end, second.start));
  };
  for (const m of doc.mentions) {
    if (m.type !== 'Place' || m.source !== 'description' || !m.entity) continue;
    const named = doc.mentions.some((n) => n.sentence === m.sentence && n.entity === m.entity && n.source === 'name' && apposed(m, n));
    if (!named) continue;
    const place = m.text
      .split(' ')
      .map((w) => placeOfAdjective(w, placesByName, g))
      .find(Boolean);
    if (place && place !== m.entity)
      found.push({
        subject: m.entity,
        predicate: 'LOCATED_IN',
        object: place,
        sentence: m.sentence,
        confidence: 0.75,
        rule: 'place-described-by-adjective',
      });
  }
}

/** The sentence each entity is first named in: a fact read from names alone cites that one. */
function firstMentionSentences(doc: Doc): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of doc.mentions) if (m.entity && !first.has(m.entity)) first.set(m.entity, m.sentence);
  return first;
}

/** Facilities a place is named after besides the gazetteer's venues (lower case, as normalised names are). */
const FACILITY_HEADS = new Set(['kurhaus', 'spaceport', 'harbour', 'station']);

/**
 * "Ptolemaida Solar Park", "Kurhaus Kaltenau", "Port of Castellmar" in an article that names Ptolemaida,
 * Kaltenau and Castellmar as places: a venue or a facility named with another place's whole name lies in it.
 */
function placesNamedAfterPlaces(doc: Doc, found: Found[], g: Gazetteer, firstMention: ReadonlyMap<string, number>): void {
  const places = doc.entities.filter((e) => e.type === 'Place');
  const heads = new Set([...g.cues.venueHeads].map((h) => h.toLowerCase()).concat([...FACILITY_HEADS]));
  for (const place of places) {
    const name = ` ${normalizeName(place.name)} `;
    for (const other of places) {
      const inner = normalizeName(other.name);
      if (other === place || !name.includes(` ${inner} `)) continue;
      // Only a venue or a facility ("Stadium", "Port", "Kurhaus"): "Lower Austria", "Port Adelaide" and "Cairngorms
      // National Park" name regions and towns as often as what lies inside.
      const rest = name.replace(` ${inner} `, ' ').trim().split(' ');
      const facility = rest.some((w) => heads.has(w)) || (rest[0] === 'port' && rest[1] === 'of');
      if (!facility || rest.includes('national')) continue;
      found.push({
        subject: place.key,
        predicate: 'LOCATED_IN',
        object: other.key,
        sentence: firstMention.get(place.key) ?? 0,
        confidence: 0.6,
        rule: 'place-named-after-place',
      });
    }
  }
}

let offices: Record<string, string[]> | undefined;
const officesOnce = () => (offices ??= loadOffices());

/**
 * "Pembury Ascensores" and "Pembury Group", "Irazábal Australia" and "Grupo Irazábal": of
 * organisations sharing a brand word (no common word, no place the gazetteer knows), the one
 * named by the brand and a {GROUP_WORD} is the parent of the others. Evidence: the sentence that
 * names the part first.
 */
function partsOfGroups(doc: Doc, found: Found[], classes: VocabClasses, g: Gazetteer, firstMention: ReadonlyMap<string, number>): void {
  const organisations = doc.entities.filter((e) => e.type === 'Organization');
  if (organisations.length < 2) return;
  const words = (e: Entity) => e.name.split(/\s+/);
  const isGroupWord = (w: string) => classes.ofWord(w.toLowerCase()).includes('GROUP_WORD');
  // A brand alone ("Saltmere") is as often a short form the resolver missed, or a town, as a parent.
  const brandOf = (e: Entity): string | undefined => {
    const rest = words(e).filter((w) => !isGroupWord(w));
    return rest.length === 1 && words(e).length === 2 ? rest[0] : undefined;
  };
  for (const parent of organisations) {
    const brand = brandOf(parent);
    if (!brand || !/^\p{Lu}/u.test(brand) || isCommonWord(brand.toLowerCase()) || g.places.has(brand.toLowerCase())) continue;
    for (const part of organisations) {
      if (part === parent || !words(part).includes(brand) || words(part).some(isGroupWord)) continue;
      const sentence = firstMention.get(part.key);
      if (sentence === undefined) continue;
      found.push({
        subject: part.key,
        predicate: 'PART_OF',
        object: parent.key,
        sentence,
        confidence: 0.6,
        rule: 'part-named-after-group',
      });
    }
  }
}

/** A place the gazetteer knows to have this many people or more is never inside one it knows to be smaller. */
const KNOWN_CITY = 100_000;

/** The rule whose two places the text may give in either order ("the Nairobi suburb of Ruiru"). */
const EITHER_ORDER_RULE = 'place-noun-of-place';

/** What the gazetteer knows of the place an entity names (nothing for a name it does not list). */
const placeEntries = (key: string, entities: Map<string, Entity>, g: Gazetteer) =>
  g.places.get(entities.get(key)?.name.toLowerCase() ?? '') ?? [];

/**
 * "the embassies of … the United Arab Emirates in Kathmandu": a country is in no town or region (the "in" is another
 * word's), whichever order the text gives them in.
 */
function dropCountriesInParts(found: Found[], entities: Map<string, Entity>, g: Gazetteer): void {
  const levels = (key: string) => placeEntries(key, entities, g).map((p) => p.level);
  const countryInPart = (f: Found) => {
    const [inner, outer] = [levels(f.subject), levels(f.object)];
    return inner.length > 0 && inner.every((l) => l === 'country') && outer.length > 0 && !outer.includes('country');
  };
  const kept = found.filter((f) => f.predicate !== 'LOCATED_IN' || f.rule === EITHER_ORDER_RULE || !countryInPart(f));
  found.splice(0, found.length, ...kept);
}

/**
 * "the Nairobi suburb of Ruiru" and "the Chomedey district of Laval" say the same thing in opposite
 * orders; the gazetteer's sizes tell which place holds the other.
 */
function orderContainment(doc: Doc, found: Found[], entities: Map<string, Entity>, g: Gazetteer, classes: VocabClasses): void {
  const size = (key: string) => placeEntries(key, entities, g)[0]?.population ?? 0;
  // "Antipolo, a city in Rizal province": the text says which is the division, whatever towns share its name.
  const writtenAsDivision = (f: Found) => {
    const name = entities.get(f.object)?.name;
    const text = doc.sentences[f.sentence]?.text;
    if (!name || !text) return false;
    const at = text.indexOf(`${name} `);
    const next = at < 0 ? undefined : /^\p{L}+/u.exec(text.slice(at + name.length + 1))?.[0];
    return next !== undefined && classes.ofWord(next.toLowerCase()).includes('DIVISION_NOUN');
  };
  for (const f of found) {
    if (f.predicate !== 'LOCATED_IN') continue;
    // Other phrasings say which holds which ("Cần Thơ, in the Mekong Delta"): only a known size overrules them.
    const eitherOrder = f.rule === EITHER_ORDER_RULE;
    if (!eitherOrder && writtenAsDivision(f)) continue;
    const [inner, outer] = [size(f.subject), size(f.object)];
    if (inner >= KNOWN_CITY && inner > outer && (eitherOrder || outer > 0)) [f.subject, f.object] = [f.object, f.subject];
  }
}

function merge(found: Found[], doc: Doc, entities: Map<string, Entity>): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const f of found) {
    const subject = entities.get(f.subject);
    const object = entities.get(f.object);
    if (!subject || !object) continue;
    const key = `${subject.id}|${f.predicate}|${object.id}`;
    const evidence = { sentence: f.sentence, text: doc.sentences[f.sentence]!.text };
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.sentence === f.sentence)) existing.evidence.push(evidence);
      existing.confidence = Math.min(0.99, Math.max(existing.confidence, f.confidence) + 0.03);
      if (f.role && !existing.properties.role) existing.properties.role = f.role;
    } else {
      byKey.set(key, {
        subject: subject.id,
        predicate: f.predicate,
        object: object.id,
        properties: f.role ? { role: f.role } : {},
        evidence: [evidence],
        confidence: f.confidence,
      });
    }
  }
  return [...byKey.values()];
}

/**
 * The facts found in `doc` with the rule that found each (for the rule tests). A city and its
 * country are related only where the text says so ("Lyon in France", "Wuzhen, Zhejiang"): the
 * gazetteer's country of every city an article names was a fact no sentence states, and no
 * gold set records.
 */
export function findFacts(
  doc: Doc,
  ruleSet: RuleSet = loadRuleSet(),
  g: Gazetteer = loadGazetteer(),
  offices: Record<string, string[]> = officesOnce(),
): Found[] {
  const entities = new Map(doc.entities.map((e) => [e.key, e]));
  const index = indexDoc(doc);
  const places = placesOf(doc, g);
  const found: Found[] = [];
  const pending: Pending[] = [];
  ruleFacts(
    doc,
    index,
    ruleSet,
    ruleSet.rules.filter((r) => r.predicate !== 'CLAIM'),
    found,
    pending,
    places,
    g,
  );
  dropCountriesInParts(found, entities, g);
  orderContainment(doc, found, entities, g, ruleSet.classes);
  eventsNamedAfterPlaces(doc, found, places, g.cues.eventQualifiers);
  placesDescribedByAdjective(doc, found, places, g);
  const firstMention = firstMentionSentences(doc);
  placesNamedAfterPlaces(doc, found, g, firstMention);
  partsOfGroups(doc, found, ruleSet.classes, g, firstMention);
  const context = { doc, index, pending, found, classes: ruleSet.classes, stories: storyEvents(doc, ruleSet.classes) };
  contextFacts(context);
  officeFacts(doc, pending, found, offices);
  competitionFacts(context);
  teamsInTeamRaces(found, entities, g.cues.teamRaceWords);
  eventAtDateline(doc, found, ruleSet.classes, context.stories.story);
  venuesAtDateline(doc, found, g.cues.venueHeads);
  affiliationsThroughUnits(found, entities, ruleSet.classes);
  return found;
}

/** Rules that put a body's own unit inside it (a school, a committee), not a company it owns. */
const INTERNAL_UNIT_RULES = new Set(['subunit-at-org', 'possessive-internal-body', 'its-internal-body']);

/**
 * "Dr Siân Pritchard, head of the Department of Archaeology at Tywi University", "an ecologist at the X
 * Institute, which is part of Rijnmond University": who works in a body's own unit (a {SUBUNIT_NOUN} or
 * a unit named inside it) that the same sentence puts inside it works for the body too. Not a
 * subsidiary's founder for its new owner.
 */
function affiliationsThroughUnits(found: Found[], entities: Map<string, Entity>, classes: VocabClasses): void {
  const isUnit = (f: Found) =>
    INTERNAL_UNIT_RULES.has(f.rule) || classes.ofWord(headWord(entities.get(f.subject)?.name ?? '').toLowerCase()).includes('SUBUNIT_NOUN');
  const parts = found.filter((f) => f.predicate === 'PART_OF' && isUnit(f));
  for (const aff of found.filter((f) => f.predicate === 'AFFILIATED_WITH' && entities.get(f.subject)?.type === 'Person')) {
    for (const part of parts.filter((p) => p.subject === aff.object && p.sentence === aff.sentence)) {
      if (found.some((f) => f.predicate === 'AFFILIATED_WITH' && f.subject === aff.subject && f.object === part.object)) continue;
      found.push({ ...aff, object: part.object, role: undefined, confidence: 0.55, rule: 'affiliated-through-unit' });
    }
  }
}

/**
 * "Matteo Brenner of Lakeshore-Vireo won the stage": in a race teams enter as such (a tour, a rally, an
 * ocean race), a rider's team named with them in the sentence that puts them in the race takes part
 * too. Not a club's player at a national teams' tournament, nor a runner's club at a marathon.
 */
function teamsInTeamRaces(found: Found[], entities: Map<string, Entity>, raceWords: readonly string[]): void {
  const teamRace = (key: string) => {
    const name = entities.get(key)?.name ?? '';
    const words = name.split(' ');
    return raceWords.some((w) => (w.includes(' ') ? name.includes(w) : words.includes(w)));
  };
  const riders = found.filter((f) => f.predicate === 'PARTICIPATED_IN' && entities.get(f.subject)?.type === 'Person' && teamRace(f.object));
  for (const rode of riders) {
    for (const aff of found.filter(
      (f) => f.predicate === 'AFFILIATED_WITH' && f.subject === rode.subject && f.sentence === rode.sentence,
    )) {
      if (entities.get(aff.object)?.type !== 'Organization') continue;
      if (found.some((f) => f.predicate === 'PARTICIPATED_IN' && f.subject === aff.object && f.object === rode.object)) continue;
      found.push({ ...rode, subject: aff.object, role: undefined, confidence: 0.6, rule: 'team-of-rider-took-part' });
    }
  }
}

/**
 * Resolved entities → facts between them, each with its evidence sentence and a confidence.
 * The patterns are data (`seed/rules/*.json`), run by one interpreter (`src/extract/rules`);
 * what stays here is what reads beyond one sentence: events named after a place the article
 * names and parts of a group by its brand; objects taken from the sentences before, the
 * reported competition or an office's body are `context-objects.ts`.
 */
export function createRelationStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  const ruleSet = loadRuleSet();
  return {
    name: 'relations',
    requires: ['sentences', 'entities'],
    assigns: ['relations'],
    run(doc: Doc): Doc {
      const entities = new Map(doc.entities.map((e) => [e.key, e]));
      return { ...doc, relations: merge(findFacts(doc, ruleSet, gazetteer), doc, entities) };
    },
  };
}
