/**
 * Definite descriptions of bodies, events and places ("the company", "the trust", "the city") attach to the
 * name they stand for: one apposed or beside them, the sentence before's subject, the one body whose name has
 * their head, or the story's most-named entity of their kind nearby.
 */
import type { Gazetteer } from '../gazetteer.js';
import { phraseAlternation } from '../text.js';
import { leadOf, sectionsOf } from '../doc-index.js';
import type { Doc, EntityType, Mention } from '../types.js';
import type { Cluster } from './cluster.js';
import { descriptionFits, hasNameWithHead, holdingWord, namedByDescribingWord, sharingFirstWord } from './description-fit.js';
import { NAMED_HEAD } from './head-descriptions.js';
import { personDescribed } from './person-descriptions.js';
import { commaApposed, previousSubject, speechVerbAfter, unitWordAfter, WINDOW } from './reference-context.js';

type Typed = Mention & { type: EntityType };
const isTyped = (m: Mention): m is Typed => m.type !== undefined;

export interface DescriptionResolver {
  /** Notes what a named mention introduces ("X, a consortium of …" gives "the consortium" a name). */
  noteNamed(mention: Mention): void;
  /** Attaches mentions[index], a description, to the entity it stands for, if one is found. */
  resolve(index: number): void;
}

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

/** The nearest name of `type` before mentions[index] in its sentence. */
function nameEarlierInSentence(mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  for (let i = index - 1; i >= 0 && mentions[i]!.sentence === mentions[index]!.sentence; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.type === type && candidate.source === 'name' && candidate.entity) return candidate;
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

export function descriptionResolver(
  doc: Doc,
  mentions: Mention[],
  clusters: Cluster[],
  g: Gazetteer,
  attach: (mention: Mention, key: string) => void,
): DescriptionResolver {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
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
  // (Named by then or soon after: "The club said …" early in a story is not "the Boyne Supporters' Club" it names
  // ten paragraphs on.)
  const namedBy = (c: Cluster, sentence: number) => c.mentions.some((m) => m.source === 'name' && m.sentence <= sentence + WINDOW);
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
  const resolveNamed = (mention: Typed, index: number) => {
    const sentence = doc.sentences[mention.sentence]!;
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
    // …and the unit's word names the apposed body from then on ("Hollisford Hearing, the group's hearing-aid division.
    // … who runs the division").
    const unit = ownedName ? unitWordAfter(sentence.text.slice(mention.end).replace(/^['’]s?/, ''), g) : undefined;
    if (unit) apposedHeads.set(unit, ownedName!);
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
        ? clusters.filter((c) => c.type === mention.type && hasNameWithHead(c, head) && fits(c.key) && namedBy(c, mention.sentence))
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
    // (Past it too while the head has stood for that body since: "…, a migrant rights group. … The group said …
    // The group called on …".)
    const stillIntroduced = introduction && resolvedInSection(head, mention.sentence) === introduction.key;
    const indefinitely =
      introduction && (mention.sentence - introduction.sentence <= WINDOW || stillIntroduced) ? introduction.key : undefined;
    const key =
      namesake ??
      soleHeaded ??
      (namedAfter ?? owner ?? apposed)?.entity ??
      // "According to Aldermoor, … The company said": the sentence before's subject outweighs a body introduced nearby.
      (subject && fits(subject.entity!) ? subject.entity : undefined) ??
      // (The introduction says it is one: "Halden Care Alliance, a workers' rights group" is "the group".)
      indefinitely ??
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
  };
  return {
    noteNamed(mention) {
      const head =
        mention.source === 'name' && mention.type === 'Organization'
          ? indefiniteHeadAfter(doc.sentences[mention.sentence]!.text.slice(mention.end), g)
          : undefined;
      if (head) introducedHeads.set(head, { key: mention.entity!, sentence: mention.sentence });
    },
    resolve(index) {
      const mention = mentions[index]!;
      if (mention.type === 'Person') {
        const named = personDescribed(doc, mentions, index, g);
        if (named?.entity) attach(mention, named.entity);
      } else if (isTyped(mention)) resolveNamed(mention, index);
    },
  };
}
