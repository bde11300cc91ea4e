import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { indexDoc } from '../doc-index.js';
import { rolePatterns, type RolePatterns } from '../role-patterns.js';
import { descriptivePlace, normalizeName } from '../text.js';
import type { Doc, Entity, EntityType, Mention, Predicate, Relation, Sentence } from '../types.js';

interface Found {
  subject: string;
  predicate: Predicate;
  object: string;
  role?: string | undefined;
  sentence: number;
  confidence: number;
}

interface Context {
  sentence: Sentence;
  mentions: Mention[];
  found: Found[];
  roles: RolePatterns;
  entities: Map<string, Entity>;
  /** The article's places by normalised name, for events named after one. */
  placesByName: Map<string, string>;
}

const SPEECH_EVENT = /\b(?:spoke|speaking|speak|said|says|told|shared|addressed|presented|delivered|stated|highlighted|remarked|keynote|speech|talk|panel|remarks)\b/i;
const PARTICIPATION = /\b(?:attended|attending|attend|participated in|participating in|took part in|joined|showcased|exhibited|present at|represented|hosted|organi[sz]ed|sponsored|sent a delegation|delegation)\b/i;
const FOCUS = /\b(?:focus(?:es|ed|ing)?\s+(?:\w+\s+)?on|emphasis on|emphasi[sz]es|dedicated to|committed to|commitment to|prioriti[sz]es?|investing (?:heavily )?in|invests? in|centred on|centered on|devoted to|discussions on|discussion of|will address|addressed|agenda|themed|theme of|includes? discussions|to discuss|discussed|discussing)\b/i;
const OFFER = /\b(?:offers?|offering|provides?|providing|launch(?:ed|es)?|releas(?:ed|es)|sells?|develop(?:s|ed)|introduc(?:ed|es)|unveil(?:ed|s)|rolled out|open-sourced|makes|manufactures|builds|produces)\b/i;
/** A verb that reports another clause: "X said spectators attended…". */
const REPORTING = /\b(?:said|says|told|announced|reported|added|estimated)\s+(?:that\s+)?\S/;
const FOUNDER_ROLES: Record<string, string> = { founded: 'founder', 'co-founded': 'co-founder', cofounded: 'co-founder' };
/** "Lena Okafor co-founded Arcbot", "…, who heads Acme", "…, who leads the project for SSE". */
const FOUNDED = /^\s*(?:,\s*who\s+)?((?:co-?)?founded|leads|led|heads|headed|runs|ran|chairs|chaired|manages|managed)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,3}(?:for|at|of)\s+(?:the\s+)?)?$/iu;
/** "Pelago, which was founded in 2016 by Astrid Holm and…", "Agrobotix, a start-up founded in Valencia in 2020 by two engineers, Irene Castillo and…". */
const FOUNDED_BY = /^\s*,\s*(?:(?:which|that)\s+(?:was\s+)?|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?)(?:co-?)?founded\s+(?:in\s+[\p{L}\d]+\s+){0,2}by\s+(?:(?:two|three|four|its|a|an|the)\s+)?(?:[\p{Ll}-]+\s*,\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:and\s+)?$/u;
/** "Castillo, who previously designed warehouse robots at Ocado". */
const WORKED_AT = /^\s*,\s*who\s+(?:previously\s+|formerly\s+|once\s+|now\s+|also\s+)?(?:worked|works|designed|built|ran|led|managed|served|trained|taught|studied|spent\s+[\p{L}\d-]+\s+years?)\s+(?:[\p{L}-]+\s+){0,3}?(?:at|for|with)\s+(?:the\s+)?$/u;
/** An organisation's officer named by title alone: "Chief Executive Sabine Krüger told reporters…", "Project manager Yuki Tanaka said…". */
const CORPORATE_TITLE = /\b(?:chief executive|chief executive officer|chief financial officer|chief operating officer|ceo|cfo|coo|chairman|chairwoman|managing director|project manager|programme manager|program manager|mission director|chief scientist)\s*,?\s*$/i;
/** "Helena Marsh, an endocrinologist at King's College": an occupation the role list lacks. */
const OCCUPATION_AT = /^\s*,\s*(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:at|for|with)\s+(?:the\s+)?$/u;
/** "Halden Home … has appointed Sofia Lindqvist as its chief executive": the verb that hires, right before the person. */
const APPOINTED = /\b(?:appointed|appoints|named|names|hired|hires|promoted|picked|chose|selected|tapped)\s+$/;

/** "Lyon in France", "the Cerro Azul copper mine in northern Chile". */
const IN_PLACE = /^\s+(?:(?:[\p{Ll}-]+\s+)?(?:mine|port|town|city|village|district|region|area|valley|province|county)\s+)?in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|rural|coastal|remote)\s+)?$/u;

const of = (ctx: Context, type: EntityType | EntityType[]) => {
  const types = Array.isArray(type) ? type : [type];
  return ctx.mentions.filter((m) => m.type && types.includes(m.type));
};
const between = (ctx: Context, a: Mention, b: Mention) => ctx.sentence.text.slice(a.end, b.start);

function add(ctx: Context, subject: Mention | string, predicate: Predicate, object: Mention | string, confidence: number, role?: string): void {
  const s = typeof subject === 'string' ? subject : subject.entity!;
  const o = typeof object === 'string' ? object : object.entity!;
  if (s === o) return;
  ctx.found.push({ subject: s, predicate, object: o, role: role?.toLowerCase(), sentence: ctx.sentence.index, confidence });
}

/** Person → Organisation with a role: appositions, titles before names, "of/at/from". */
function affiliations(ctx: Context): void {
  const { after: roleAfter, before: roleBefore, ofBefore: roleOfBefore, possessive, asRole } = ctx.roles;
  let founder: RegExpExecArray | null;
  let apposition: RegExpExecArray | null;
  for (const person of of(ctx, 'Person')) {
    for (const org of of(ctx, 'Organization')) {
      if (org.start > person.end) {
        const text = between(ctx, person, org);
        const role = roleAfter.exec(text);
        if (role) add(ctx, person, 'AFFILIATED_WITH', org, 0.9, role[1]!.trim());
        else if (/^\s*(?:,\s*(?:who\s+)?)?(?:works?|worked|working)\s+(?:for|at)\s+(?:the\s+)?$|^\s+(?:from|of)\s+(?:the\s+)?$|^\s*,\s*(?:who\s+)?joined\s+$/.test(text)) add(ctx, person, 'AFFILIATED_WITH', org, 0.7);
        else if ((founder = FOUNDED.exec(text))) add(ctx, person, 'AFFILIATED_WITH', org, 0.8, FOUNDER_ROLES[founder[1]!.toLowerCase()]);
        else if ((apposition = OCCUPATION_AT.exec(text))) add(ctx, person, 'AFFILIATED_WITH', org, 0.75, apposition[1]!.trim());
        else if (WORKED_AT.test(text)) add(ctx, person, 'AFFILIATED_WITH', org, 0.7);
        else if ((apposition = ctx.roles.appointedTo.exec(text))) add(ctx, person, 'AFFILIATED_WITH', org, 0.8, apposition[1]!.trim());
        else if (/^\s*,\s*(?:the\s+)?$/.test(text)) {
          // "Anneke Vos, the WHO's regional director"
          const tail = possessive.exec(ctx.sentence.text.slice(org.end));
          if (tail) add(ctx, person, 'AFFILIATED_WITH', org, 0.85, tail[1]!.trim());
        }
      } else if (person.start > org.end) {
        const text = between(ctx, org, person);
        // "Pelago, which was founded in 2016 by Astrid Holm and Jonas Kjær"; "Mwangi co-founded Tuma in 2019 with Brian Otieno"
        if (FOUNDED_BY.test(text)) add(ctx, person, 'AFFILIATED_WITH', org, 0.8, 'founder');
        else if (/^\s+(?:in\s+\d{4}\s+)?with\s+$/.test(text) && /\bco-?founded\s+$/i.test(ctx.sentence.text.slice(0, org.start))) add(ctx, person, 'AFFILIATED_WITH', org, 0.8, 'co-founder');
        const role = roleBefore.exec(text);
        if (role) add(ctx, person, 'AFFILIATED_WITH', org, 0.85, role[1]!.trim());
        const hired = APPOINTED.test(text) && !of(ctx, 'Organization').some((o) => o.start > org.end && o.end <= person.start) ? asRole.exec(ctx.sentence.text.slice(person.end)) : null;
        if (hired) add(ctx, person, 'AFFILIATED_WITH', org, 0.8, hired[1]!.trim());
        const before = ctx.sentence.text.slice(Math.max(0, org.start - 60), org.start);
        const roleOf = roleOfBefore.exec(before);
        if (roleOf && /^\s*,\s*$/.test(text)) add(ctx, person, 'AFFILIATED_WITH', org, 0.85, roleOf[1]!.trim());
      }
    }
  }
}

/** "Molina … said his party, National Renewal, would…": the organisation a person calls theirs. */
function ownBodies(ctx: Context): void {
  for (const org of of(ctx, 'Organization')) {
    if (!/\b(?:his|her)\s+(?:party|union|company|club|team|firm|employer|government)\s*,\s*$/.test(ctx.sentence.text.slice(Math.max(0, org.start - 40), org.start))) continue;
    const person = of(ctx, 'Person').find((p) => p.end <= org.start);
    if (person) add(ctx, person, 'AFFILIATED_WITH', org, 0.7);
  }
}

/** The sentence's subject at an event: it competed, spoke or took part, as the words say. */
function actorAtEvent(ctx: Context, actor: Mention, event: Mention, cues: { atEvent: boolean; opened: boolean; leading: boolean }): void {
  const { text } = ctx.sentence;
  const before = text.slice(0, event.start);
  if (/\b(?:won|wins|win|winning|competed in|competes in|ran|finished|raced in|played in|entered)\s+(?:the\s+)?(?:\d{4}\s+)?$/i.test(before)) {
    add(ctx, actor, 'PARTICIPATED_IN', event, 0.75);
    return;
  }
  if (!cues.atEvent && !cues.opened && !cues.leading && !/\b(?:attended|joined|participated in|took part in)\s+(?:the\s+)?$/i.test(before)) return;
  const speech = actor.type === 'Person' && (SPEECH_EVENT.test(text) || cues.opened);
  if (speech) add(ctx, actor, 'SPOKE_AT', event, actor.source === 'name' ? 0.85 : 0.75);
  // Not "WTA said a record 320,000 spectators attended the event": the reported clause has its own subject.
  else if (!REPORTING.test(text.slice(actor.end, event.start)) && (PARTICIPATION.test(text) || (actor.type === 'Organization' && /\bat\s+(?:the\s+)?$/.test(before)))) add(ctx, actor, 'PARTICIPATED_IN', event, 0.7);
}

/** "Moreno beat Poland's Kasia Nowak … to win the Madrid Open": the beaten took part too. */
const BEAT = /\b(?:beat|beats|defeated|defeats|edged|overcame|outlasted|outplayed|knocked out)\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:top-seeded|defending champion|world number \w+)\s+)?$/u;

/** Who spoke at or took part in an event, and where the event was held. */
function events(ctx: Context): void {
  const { text } = ctx.sentence;
  for (const event of of(ctx, 'Event')) {
    for (const rival of of(ctx, 'Person').filter((p) => p.end < event.start && BEAT.test(text.slice(0, p.start)))) {
      if (/\bto\s+(?:win|claim|take|lift)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:\w+\s+)?$/i.test(text.slice(0, event.start))) add(ctx, rival, 'PARTICIPATED_IN', event, 0.7);
    }
    const before = text.slice(0, event.start);
    const atEvent = /\b(?:at|during|on the sidelines of|to|in)\s+(?:the\s+)?(?:recent\s+|annual\s+|\d{4}\s+)?$/i.test(before);
    const opened = /\b(?:opened|closed|addressed|keynoted|chaired|hosted)\s+(?:the\s+)?$/i.test(before);
    // The sentence's subject acts; an organisation inside an apposition ("a unit of X") does not.
    const leading = /^(?:speaking|addressing|attending|presenting|at)\b/i.test(text) && event.start < 60;
    const subject = leading
      ? of(ctx, ['Person', 'Organization']).find((m) => m.start > event.end)
      : of(ctx, ['Person', 'Organization']).find((m) => m.start < event.start && !/,\s*(?:a|an|the)\s+[^,]*$/.test(text.slice(0, m.start)));
    if (subject) actorAtEvent(ctx, subject, event, { atEvent, opened, leading });
    for (const place of of(ctx, 'Place')) {
      const gap = place.start > event.end ? between(ctx, event, place) : '';
      if (/^\s*(?:,\s*(?:held|taking place|which (?:was|is) held)\s+)?(?:in|at)\s+(?:the\s+)?$|^\s*,\s*held\s+in\s+$/i.test(gap)) add(ctx, event, 'HELD_IN', place, 0.9);
    }
    // "the Wuzhen summit"; "the Bonn Climate Conference" in an article that names Bonn as a place.
    const placeName = event.descriptive ? descriptivePlace(event.text) : normalizeName(event.text).split(' ')[0];
    const place = ctx.placesByName.get(placeName ?? '');
    if (place) add(ctx, event, 'HELD_IN', place, event.descriptive ? 0.75 : 0.7);
  }
}

/**
 * "The company … said. Chief Executive Sabine Krüger told reporters…": a person given a company
 * title, in a sentence naming no organisation, with no affiliation found anywhere, works for the
 * organisation the sentence before (or the one before that) names most.
 */
function titledOfficers(doc: Doc, index: ReturnType<typeof indexDoc>, found: Found[]): void {
  for (const person of doc.mentions.filter((m) => m.type === 'Person' && m.source === 'name' && m.entity)) {
    const before = doc.sentences[person.sentence]!.text.slice(Math.max(0, person.start - 40), person.start);
    const title = CORPORATE_TITLE.exec(before);
    if (!title) continue;
    if (index.inSentence(person.sentence).some((m) => m.type === 'Organization')) continue;
    if (found.some((f) => f.predicate === 'AFFILIATED_WITH' && f.subject === person.entity)) continue;
    const earlier = [person.sentence - 1, person.sentence - 2].flatMap((i) => (i >= 0 ? index.inSentence(i) : [])).filter((m) => m.type === 'Organization' && m.entity);
    const counts = new Map<string, number>();
    for (const m of earlier) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
    const [org] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (org) found.push({ subject: person.entity!, predicate: 'AFFILIATED_WITH', object: org[0], role: title[0].replace(/[\s,]+$/, '').toLowerCase(), sentence: person.sentence, confidence: 0.6 });
  }
}

/** "Wuzhen, Zhejiang province", "Lyon in France", and the gazetteer's country of a city. */
function places(ctx: Context): void {
  const list = of(ctx, 'Place');
  for (let i = 0; i < list.length - 1; i += 1) {
    const a = list[i]!;
    const b = list[i + 1]!;
    const gap = between(ctx, a, b);
    // "across Norway, Sweden and Denmark" is a list, not Norway inside Sweden.
    const listed = (x: Mention | undefined, y: Mention | undefined) => !!x && !!y && /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/.test(between(ctx, x, y));
    const inList = /^\s*,\s*$/.test(gap) && (listed(b, list[i + 2]) || listed(list[i - 1], a));
    if (!inList && (/^\s*,\s*$/.test(gap) || IN_PLACE.test(gap))) add(ctx, a, 'LOCATED_IN', b, 0.85);
  }
}

function gazetteerPlaces(g: Gazetteer, entities: Entity[], found: Found[]): void {
  const placeEntities = entities.filter((e) => e.type === 'Place');
  for (const child of placeEntities) {
    const entry = g.places.get(normalizeName(child.name))?.find((p) => p.level !== 'country');
    if (!entry) continue;
    const country = placeEntities.find((p) => {
      const c = g.places.get(normalizeName(p.name))?.[0];
      return c?.level === 'country' && c.country === entry.country;
    });
    const first = child.mentions.find((m) => m.source === 'name');
    // A city-state names itself ("Singapore"): no fact from a place to itself.
    if (country && country !== child && first && !found.some((f) => f.subject === child.key && f.predicate === 'LOCATED_IN')) {
      found.push({ subject: child.key, predicate: 'LOCATED_IN', object: country.key, sentence: first.sentence, confidence: 0.6 });
    }
  }
}

/** Organisation → organisation: subsidiaries, units, members. */
function partOf(ctx: Context): void {
  const orgs = of(ctx, 'Organization');
  for (const a of orgs) {
    for (const b of orgs) {
      if (b.start <= a.end) continue;
      const gap = between(ctx, a, b);
      if (/^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|arm|affiliate|part|member|branch|department|agency|business|venture)\s+(?:of|at|under|within)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?$|^\s*,\s*(?:which\s+is\s+|which\s+was\s+)?(?:owned|run|operated|controlled)\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?$|^(?:\s*,[^,]{0,80},)?\s+(?:is|was|will become|became|becomes|is now|will be)\s+(?:a\s+|an\s+)?(?:part|unit|subsidiary|division|arm)\s+of\s+$/iu.test(gap)) {
        add(ctx, a, 'PART_OF', b, 0.8);
      }
      if (/^['’]s\s+(?:[\w-]+\s+)?$/.test(gap) && /^\s+(?:unit|division|arm|subsidiary)\b/.test(ctx.sentence.text.slice(b.end))) add(ctx, b, 'PART_OF', a, 0.75);
      // "Norbury Bank was taken over by Lloyds"; "Meta, which owns Facebook and WhatsApp".
      if (/^\s+(?:was|has been|had been|is being|will be)\s+(?:taken over|acquired|bought|absorbed)\s+by\s+(?:the\s+)?$|^\s+(?:is|was|has been)\s+(?:(?:wholly|majority|partly|now)\s+)?(?:owned|controlled)\s+by\s+(?:the\s+)?$/i.test(gap)) add(ctx, a, 'PART_OF', b, 0.8);
      if (/^\s*,\s*(?:which|that|who)\s+(?:also\s+)?(?:owns|controls)\s+(?:(?:\p{Lu}[\p{L}-]*\s*,?\s+)+and\s+)?$/u.test(gap)) add(ctx, b, 'PART_OF', a, 0.8);
    }
  }
}

/** Organisations and events that focus on, or offer, topics and industries. */
function topics(ctx: Context): void {
  const { text } = ctx.sentence;
  const actors = of(ctx, ['Organization', 'Event']);
  const subjects = of(ctx, ['Topic', 'Industry']);
  for (const actor of actors) {
    const rest = text.slice(actor.end);
    const focus = FOCUS.exec(rest);
    const offer = OFFER.exec(rest);
    const nextActor = actors.find((a) => a.start > actor.end);
    const limit = nextActor ? nextActor.start : text.length;
    for (const [cue, predicate, confidence] of [[focus, 'FOCUSES_ON', 0.8], [offer, 'OFFERS', 0.75]] as const) {
      if (!cue || actor.end + cue.index >= limit || cue.index > 80) continue;
      if (predicate === 'OFFERS' && actor.type !== 'Organization') continue;
      const from = actor.end + cue.index;
      subjects.filter((s) => s.start >= from && s.start < limit && (predicate !== 'OFFERS' || s.type === 'Topic')).slice(0, 4).forEach((s) => add(ctx, actor, predicate, s, confidence));
    }
  }
  // "Oracle's cloud computing business": what a company's business is, it offers.
  for (const actor of actors.filter((a) => a.type === 'Organization')) {
    const next = subjects.find((s) => s.type === 'Topic' && /^['’]s\s+$/.test(text.slice(actor.end, s.start)));
    if (next && /^\s+(?:business|unit|division|services|service|platform|products|offering|arm)\b/.test(text.slice(next.end))) add(ctx, actor, 'OFFERS', next, 0.7);
  }
  // "Our open-source models…" in an answer: the speaker's organisation offers them.
  for (const our of ctx.mentions.filter((m) => m.source === 'pronoun' && /^our$/i.test(m.text) && m.type === 'Organization')) {
    const next = subjects.find((s) => s.start > our.end && s.start - our.end < 4);
    if (next && OFFER.test(text.slice(next.end))) add(ctx, our, 'OFFERS', next, 0.6);
    else if (next && /models|tools|products|services|platform/i.test(text.slice(next.start, next.end + 12))) add(ctx, our, 'OFFERS', next, 0.6);
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
      byKey.set(key, { subject: subject.id, predicate: f.predicate, object: object.id, properties: f.role ? { role: f.role } : {}, evidence: [evidence], confidence: f.confidence });
    }
  }
  return [...byKey.values()];
}

/** Resolved entities → facts between them, each with its evidence sentence and a confidence. */
export function createRelationStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  const roles = rolePatterns(gazetteer);
  return {
    name: 'relations',
    requires: ['sentences', 'entities'],
    assigns: ['relations'],
    run(doc: Doc): Doc {
      const entities = new Map(doc.entities.map((e) => [e.key, e]));
      const placesByName = new Map(doc.entities.filter((e) => e.type === 'Place').reverse().map((e) => [normalizeName(e.name), e.key]));
      const index = indexDoc(doc);
      const found: Found[] = [];
      for (const sentence of doc.sentences) {
        if (sentence.kind === 'headline') continue;
        const ctx: Context = { sentence, mentions: index.inSentence(sentence.index), found, roles, entities, placesByName };
        affiliations(ctx);
        ownBodies(ctx);
        events(ctx);
        places(ctx);
        partOf(ctx);
        topics(ctx);
      }
      gazetteerPlaces(gazetteer, doc.entities, found);
      titledOfficers(doc, index, found);
      // A person who spoke for an organisation at an event means the organisation took part.
      for (const spoke of found.filter((f) => f.predicate === 'SPOKE_AT')) {
        for (const aff of found.filter((f) => f.predicate === 'AFFILIATED_WITH' && f.subject === spoke.subject && f.sentence === spoke.sentence)) {
          found.push({ subject: aff.object, predicate: 'PARTICIPATED_IN', object: spoke.object, sentence: spoke.sentence, confidence: 0.65 });
        }
      }
      return { ...doc, relations: merge(found, doc, entities) };
    },
  };
}
