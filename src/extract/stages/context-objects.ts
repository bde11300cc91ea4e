/**
 * Objects a rule takes from beyond its sentence: the organisation or event the sentences before
 * name, the competition the article reports, the body an office belongs to. The relation stage
 * collects what its rules leave pending (a subject and a role) and these complete it.
 */
import { contextMentions, sectionsOf, type DocIndex } from '../doc-index.js';
import type { Rule } from '../rules/types.js';
import type { VocabClasses } from '../rules/vocab-classes.js';
import { isCommonWord } from '../nlp.js';
import { escapeRegExp, normalizeName } from '../text.js';
import type { Doc, Mention, Predicate } from '../types.js';

/** One fact as a rule found it, before facts about the same pair are merged. */
export interface Found {
  subject: string;
  predicate: Predicate;
  object: string;
  role?: string | undefined;
  sentence: number;
  confidence: number;
  rule: string;
}

/** A subject captured by a rule whose object comes from the sentences before. */
export interface Pending {
  rule: Rule;
  subject: string;
  role: string | undefined;
  sentence: number;
}

/** Whether a run of lower-case words holds a word (or a two-word entry: "grand prix") of one of the classes. */
function wordsHaveClass(words: readonly string[], classes: VocabClasses, wanted: readonly string[]): boolean {
  const pairs = words.slice(1).map((w, i) => classes.phrases.next.get(words[i]!)?.next.get(w)?.classes ?? []);
  return [...words.map((w) => classes.ofWord(w)), ...pairs].some((found) => found.some((c) => wanted.includes(c)));
}

/** Whether the name of entity `key` holds a word of one of the vocabulary classes ("election" is a VOTE_WORD). */
function nameHasClass(doc: Doc, key: string | undefined, classes: VocabClasses, wanted: readonly string[]): boolean {
  return wordsHaveClass(normalizeName(doc.entities.find((e) => e.key === key)?.name ?? '').split(/\s+/), classes, wanted);
}

/** The word class that makes the article's most named event a reported competition, exhibition or programme. */
const REPORTED_KINDS = { Competition: 'COMPETITION_WORD', Exhibition: 'EXHIBITION_WORD', Programme: 'PROGRAMME_WORD' } as const;

/** The first place a story's dateline names ("GDAŃSK, Poland —"), if it has one. */
const datelinePlace = (doc: Doc) =>
  doc.mentions.find((m) => m.type === 'Place' && m.entity && doc.sentences[m.sentence]?.kind === 'dateline');

/** What the passes that take a rule's object from context read: the article, its facts so far and its story's events. */
export interface ContextInput {
  doc: Doc;
  index: DocIndex;
  pending: Pending[];
  found: Found[];
  classes: VocabClasses;
  stories: StoryEvents;
}

/**
 * "The company … said. Chief Executive Sabine Krüger told reporters…": a subject whose rule takes
 * its object from context, in a sentence naming no such entity and with no such fact found
 * anywhere, gets the entity the two sentences before that name anything name most; in a sentence
 * that names one only by description ("… said the company had"), the entity that description is.
 */
export function contextFacts({ doc, index, pending, found, classes, stories: { story, sections } }: ContextInput): void {
  const kindOf = new Map(doc.entities.map((e) => [e.key, e.type]));
  // Nobody speaks at a vote: "In her acceptance speech" after an election is no speech at the election.
  const isVote = (key: string) => nameHasClass(doc, key, classes, ['VOTE_WORD']);
  for (const p of pending) {
    const storyKey = sections?.events.get(sections.of[p.sentence]!) ?? story;
    const storyEvent: Array<[string, number]> = storyKey ? [[storyKey, 0]] : [];
    const kind = p.rule.objectFromContext;
    if (!kind || kind in REPORTED_KINDS) continue;
    const here = index.inSentence(p.sentence).filter((m) => m.type === kind);
    // A name of the kind here is another entity the rule did not tie; "the company" here is the one meant…
    // …but one the sentence opens with, naming nothing else of the kind, is the one ("Aramco, the largest oil
    // exporter, aims to …, Chief Executive Amin Nasser told …").
    const names = here.filter((m) => m.source === 'name');
    const opener = names[0]?.start === 0 && names.every((m) => m.entity === names[0]!.entity) ? names[0] : undefined;
    if (!opener && here.some((m) => m.source === 'name' || !m.entity)) continue;
    // A fact of this predicate to an entity of this kind already found; one to another kind ("who also heads the company's…") is no answer.
    if (found.some((f) => f.predicate === p.rule.predicate && f.subject === p.subject && kindOf.get(f.object) === kind)) continue;
    const inSentence = opener ? [opener] : here;
    const earlier = inSentence.length > 0 ? inSentence : contextMentions(index, p.sentence).filter((m) => m.type === kind && m.entity);
    const counts = new Map<string, number>();
    for (const m of earlier) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
    // An event named nowhere near is still the story's own: the one it names most.
    const [object] = counts.size === 0 && kind === 'Event' ? storyEvent : [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (object && !(p.rule.predicate === 'SPOKE_AT' && isVote(object[0])))
      found.push({
        subject: p.subject,
        predicate: p.rule.predicate as Predicate,
        object: object[0],
        role: p.role,
        sentence: p.sentence,
        confidence: p.rule.confidence,
        rule: p.rule.id,
      });
  }
}

/** The event the article reports (`story`) and, in a round-up, the one each section reports (`sections`). */
export interface StoryEvents {
  story: string | undefined;
  sections: { of: number[]; events: Map<number, string> } | undefined;
}

/** Read once per article for the context stages below. */
export function storyEvents(doc: Doc, classes: VocabClasses): StoryEvents {
  return { story: mostNamedEvent(doc, classes), sections: sectionEvents(doc) };
}

/**
 * The event the article names most: twice at least and more than any other, or the only one it
 * names. A name only a headline gives is no event ("… After Six-Hour Meeting" is a title-cased phrase).
 */
function mostNamedEvent(doc: Doc, classes: VocabClasses): string | undefined {
  const events = doc.mentions.filter((m) => m.type === 'Event' && m.entity);
  const inBody = new Set(events.filter((m) => doc.sentences[m.sentence]?.kind !== 'headline').map((m) => m.entity));
  const counts = new Map<string, number>();
  for (const m of events) if (inBody.has(m.entity)) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || (second ? second[1] === first[1] || first[1] < 2 : false)) return tieByBody(events, counts, doc, classes);
  return first[0];
}

/**
 * Two events named equally often, one of them by a headline: the body's own count decides ("… end 31-year wait
 * with Three Ridings title and a place in the Albion Brass Grand Final" names the final, the body the championship twice),
 * unless the body's is a league or a tour, which runs all season and is no story's one event.
 */
function tieByBody(events: Mention[], counts: ReadonlyMap<string, number>, doc: Doc, classes: VocabClasses): string | undefined {
  const top = Math.max(...counts.values());
  if (top < 2) return undefined;
  const tied = [...counts].filter(([, n]) => n === top).map(([key]) => key);
  const inBody = (key: string) => events.filter((m) => m.entity === key && doc.sentences[m.sentence]?.kind !== 'headline').length;
  const [first, second] = tied.map((key) => [key, inBody(key)] as const).sort((a, b) => b[1] - a[1]);
  if (!first || !second || first[1] <= second[1]) return undefined;
  return nameHasClass(doc, first[0], classes, ['TOURING_WORD']) ? undefined : first[0];
}

/**
 * A round-up's events, section by section: "ATHLETICS … at the Tyneside Summer Classic", then "TENNIS … at
 * the Nottingham Lawn Classic". Sections run from one subhead to the next; each that names an event reports
 * the one it names most (the first on a tie). Only an article whose sections report two events or more is
 * read so; otherwise a later section's passing mention ("he won the Tour in 2019") takes nothing over.
 */
function sectionEvents(doc: Doc): StoryEvents['sections'] {
  const of = sectionsOf(doc.sentences);
  const counts = new Map<number, Map<string, number>>();
  for (const m of doc.mentions) {
    if (m.type !== 'Event' || !m.entity || doc.sentences[m.sentence]?.kind === 'headline') continue;
    const inSection = counts.get(of[m.sentence]!) ?? new Map<string, number>();
    inSection.set(m.entity, (inSection.get(m.entity) ?? 0) + 1);
    counts.set(of[m.sentence]!, inSection);
  }
  const events = new Map([...counts].map(([at, named]) => [at, [...named].sort((a, b) => b[1] - a[1])[0]![0]]));
  return new Set(events.values()).size >= 2 ? { of, events } : undefined;
}

/**
 * The competition or exhibition an article reports (see `Rule.objectFromContext`), if it has one:
 * its name holds a word of the kind, or a description the article gives it does ("PackNord 2025 …
 * the fair").
 */
function reportedEvent(doc: Doc, classes: VocabClasses, kind: keyof typeof REPORTED_KINDS, event: string | undefined): string | undefined {
  const wanted = [REPORTED_KINDS[kind]];
  const head = (m: Mention) => [m.text.split(/\s+/).pop()!.toLowerCase()];
  const described = doc.mentions.some((m) => m.entity === event && m.source === 'description' && wordsHaveClass(head(m), classes, wanted));
  return described || nameHasClass(doc, event, classes, wanted) ? event : undefined;
}

/** Competitors (or exhibitors) the rules found in sentences that name no other event take part in the reported competition (or exhibition). */
export function competitionFacts({ doc, index, pending, found, classes, stories: { story, sections } }: ContextInput): void {
  for (const kind of Object.keys(REPORTED_KINDS) as Array<keyof typeof REPORTED_KINDS>) {
    const mine = pending.filter((p) => p.rule.objectFromContext === kind);
    if (!mine.length) continue;
    // A round-up reports one event per section; its competitors take part in their own section's.
    const bySection = sections ? [...sections.events].map(([at, event]) => ({ at, event })) : [{ at: -1, event: story }];
    for (const { at, event } of bySection) {
      const reported = event && reportedEvent(doc, classes, kind, event);
      const here = at < 0 ? mine : mine.filter((p) => sections!.of[p.sentence] === at);
      if (reported) reportedEventFacts(index, here, found, reported);
    }
  }
}

function reportedEventFacts(index: DocIndex, mine: Pending[], found: Found[], event: string): void {
  for (const p of mine) {
    if (index.inSentence(p.sentence).some((m) => m.type === 'Event' && m.entity !== event)) continue;
    if (found.some((f) => f.predicate === p.rule.predicate && f.subject === p.subject && f.object === event)) continue;
    found.push({
      subject: p.subject,
      predicate: p.rule.predicate as Predicate,
      object: event,
      role: p.role,
      sentence: p.sentence,
      confidence: p.rule.confidence,
      rule: p.rule.id,
    });
  }
}

/**
 * "Councillor Helen Tsai", "Economy Minister X": an office names its body. The object is the one
 * organisation of the article whose name holds a body word of an office in the role, narrowed by
 * the role's other words where several do; none when it stays ambiguous or the sentence already
 * ties the subject to that organisation.
 */
export function officeFacts(doc: Doc, pending: Pending[], found: Found[], offices: Record<string, string[]>): void {
  const organisations = doc.entities
    .filter((e) => e.type === 'Organization')
    // "Information Commissioner's Office" holds "commissioner".
    .map((e) => ({
      key: e.key,
      named: e.mentions.length,
      words: new Set(
        normalizeName(e.name)
          .split(/[\s,]+/)
          .map((w) => w.replace(/['’]s$/, '')),
      ),
    }));
  for (const p of pending) {
    if (!p.rule.objectFromOffice || !p.role) continue;
    // The role whole ("council member"), and each word of it, a hyphened one whole ("vice-chancellor") and in parts
    // ("economy minister").
    const role = normalizeName(p.role);
    // "Labour's shadow culture secretary": an opposition's shadow holds no office in the department.
    const officeWord = role.split(/\s+/).pop()!;
    if (new RegExp(`\\bshadow\\s+(?:[a-z-]+\\s+){0,3}${escapeRegExp(officeWord)}\\b`).test(doc.sentences[p.sentence]!.text.toLowerCase()))
      continue;
    const roleWords = [...new Set([role, ...role.split(/\s+/), ...role.split(/[\s-]+/)])];
    // "Two current pupils, A and B": an office named in the plural.
    const officeOf = (w: string) => offices[w] ?? offices[w.replace(/s$/, '')];
    const bodies = new Set(roleWords.flatMap((w) => officeOf(w) ?? []));
    let candidates = organisations.filter((o) => [...bodies].some((b) => o.words.has(b)));
    // "The committee's chairman, Cllr X": the committee and the council both, unless the sentence already gives the council.
    const affiliated = found.filter((f) => f.predicate === p.rule.predicate && f.subject === p.subject && f.sentence === p.sentence);
    if (affiliated.some((f) => candidates.some((c) => c.key === f.object))) continue;
    // "— Beth Carrow, general secretary, Rail and Maritime Staff Union": the office's body is the one the sentence gives
    // (the office whole or its last words: "IFCA general secretary Captain X" holds "secretary captain").
    if (affiliated.some((f) => f.role === p.role || f.role?.endsWith(` ${p.role}`))) continue;
    if (candidates.length > 1) {
      const narrowed = candidates.filter((o) => roleWords.some((w) => !officeOf(w) && o.words.has(w)));
      // Council minutes name the county council too: the body the article names twice as often as any other is the one.
      const [first, second] = [...candidates].sort((a, b) => b.named - a.named);
      candidates = narrowed.length || first!.named < Math.max(3, 2 * second!.named) ? narrowed : [first!];
    }
    if (candidates.length === 1)
      found.push({
        subject: p.subject,
        predicate: p.rule.predicate as Predicate,
        object: candidates[0]!.key,
        role: p.role,
        sentence: p.sentence,
        confidence: p.rule.confidence,
        rule: p.rule.id,
      });
  }
}

/**
 * "GDAŃSK, Poland — … broke the course record at the Amber Coast Marathon": the event a story
 * reports is held where it was filed, when no sentence says where it was held. Not a vote (an
 * election is held across its region, not in the town of the count), nor a tour or a league.
 */
export function eventAtDateline(doc: Doc, found: Found[], classes: VocabClasses, event: string | undefined): void {
  if (!event || found.some((f) => f.predicate === 'HELD_IN' && f.subject === event)) return;
  if (nameHasClass(doc, event, classes, ['VOTE_WORD', 'TOURING_WORD'])) return;
  const dateline = datelinePlace(doc);
  if (dateline)
    found.push({
      subject: event,
      predicate: 'HELD_IN',
      object: dateline.entity!,
      sentence: dateline.sentence,
      confidence: 0.55,
      rule: 'event-at-dateline',
    });
}

/**
 * "VIENNA — … at the Palais Rennweg congress centre": a venue the story names without saying
 * where it is stands in the place the story was filed from, and an event held only at venues is
 * held there too.
 */
export function venuesAtDateline(doc: Doc, found: Found[], venueHeads: ReadonlySet<string>): void {
  const place = datelinePlace(doc)?.entity;
  if (!place) return;
  const isVenue = (key: string) => {
    const entity = doc.entities.find((e) => e.key === key);
    const words = entity?.type === 'Place' ? entity.name.split(' ') : [];
    // Not "Białowieża National Park": a national park is a region of its own, not a town's venue. A venue's word opens
    // a name in another language ("Palais Rennweg", "Teatro Real"); an English one opens a town's ("Church Stretton").
    const opensVenue = venueHeads.has(words[0]!) && !isCommonWord(words[0]!);
    return words.length > 1 && !words.includes('National') && (opensVenue || venueHeads.has(words[words.length - 1]!));
  };
  const firstSentence = (key: string) => doc.mentions.find((m) => m.entity === key)?.sentence;
  for (const venue of doc.entities.filter((e) => e.key !== place && isVenue(e.key))) {
    const sentence = firstSentence(venue.key);
    if (sentence === undefined || found.some((f) => f.predicate === 'LOCATED_IN' && f.subject === venue.key)) continue;
    found.push({ subject: venue.key, predicate: 'LOCATED_IN', object: place, sentence, confidence: 0.5, rule: 'venue-at-dateline' });
  }
  const heldAt = found.filter((f) => f.predicate === 'HELD_IN');
  for (const event of new Set(heldAt.map((f) => f.subject))) {
    const venues = heldAt.filter((f) => f.subject === event);
    if (venues.every((f) => isVenue(f.object)))
      found.push({ ...venues[0]!, object: place, confidence: 0.5, rule: 'venue-at-dateline', role: undefined });
  }
}
