import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import { loadRules, RuleError } from '../../src/extract/rules/load-rules.js';
import { findAll } from '../../src/extract/rules/matcher.js';
import { loadRuleSet } from '../../src/extract/rules/rule-set.js';
import type { PatternItem, Unit } from '../../src/extract/rules/types.js';
import { chunks } from '../../src/extract/rules/units.js';
import { loadVocabClasses } from '../../src/extract/rules/vocab-classes.js';
import { claimRule } from '../../src/extract/stages/claims.js';
import { findFacts } from '../../src/extract/stages/relations.js';

const gazetteer = loadGazetteer();
const pipeline = createPipeline(gazetteer);
const ruleSet = loadRuleSet();
const extract = (body: string) => pipeline.run({ title: 'Example', body });
const firedBy = (id: string, body: string) => findFacts(extract(body), ruleSet).filter((f) => f.rule === id);

/** The units of a one-sentence body, as "text/ENT" or "text". */
function units(body: string): Unit[] {
  const doc = extract(body);
  const sentence = doc.sentences.find((s) => s.kind !== 'headline')!;
  return ruleSet.units(
    sentence,
    doc.mentions.filter((m) => m.sentence === sentence.index && m.entity),
  );
}

// Every rule's examples must produce its fact and its counter-examples must not: adding a rule
// adds its own tests.
describe('relation rules in seed/rules', () => {
  for (const rule of ruleSet.rules.filter((r) => r.predicate !== 'CLAIM')) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`finds ${rule.predicate} in: ${example.replace(/\n/g, ' / ')}`, () => {
          const facts = firedBy(rule.id, example);
          expect(facts.length).toBeGreaterThan(0);
          expect(facts.every((f) => f.predicate === rule.predicate && f.confidence === rule.confidence)).toBe(true);
        });
      }
      for (const counter of rule.counterexamples) {
        it(`finds nothing in: ${counter.replace(/\n/g, ' / ')}`, () => {
          expect(firedBy(rule.id, counter)).toEqual([]);
        });
      }
    });
  }
});

// A claim rule's example must be claimed by that rule (rules are tried in file order, so an
// example another rule takes first shows the order is wrong); its counter-examples by no rule.
describe('claim rules in seed/rules', () => {
  for (const rule of ruleSet.rules.filter((r) => r.predicate === 'CLAIM')) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`claims: ${example}`, () => {
          const claims = extract(example).claims;
          expect(claims.map(claimRule)).toContain(rule.id);
          const claim = claims.find((c) => claimRule(c) === rule.id)!;
          expect(claim.form).toBe(rule.form);
          expect(claim.speaker !== null || claim.source !== undefined).toBe(true);
        });
      }
      for (const counter of rule.counterexamples) {
        it(`claims nothing in: ${counter}`, () => {
          expect(extract(counter).claims.map(claimRule)).not.toContain(rule.id);
        });
      }
    });
  }
});

describe('phrase layer', () => {
  it('makes one unit of each mention and of each several-word class entry, with lemmas and classes', () => {
    const got = units('Corra chief executive Ines Mota addressed the World Economic Forum.');
    expect(got.map((u) => `${u.text}${u.ent ? `/${u.ent}` : ''}`)).toEqual(
      expect.arrayContaining(['chief executive', 'World Economic Forum/Event']),
    );
    const verb = got.find((u) => u.text === 'addressed')!;
    expect(verb.lemma).toBe('address');
    expect(verb.classes.has('SPEECH_VERB')).toBe(true);
    expect(got.find((u) => u.text === 'chief executive')!.classes.has('TITLE')).toBe(true);
  });

  it('never ends a mention unit inside a word the tokenizer split ("Vl" "č" "ková")', () => {
    const got = units('Chief Executive Jana Vlčková said the plant in Brno would close next year.');
    const person = got.find((u) => u.ent === 'Person')!;
    expect(person.text).toBe('Jana Vlčková');
    expect(got[got.indexOf(person) + 1]!.text).toBe('said');
    expect(extract('Jana Vlčková said the plant in Brno would close next year.').claims).toHaveLength(1);
  });

  it('chunks noun phrases and prepositional phrases', () => {
    const got = units('Alibaba showcased its latest models at the World Internet Conference.');
    const spans = chunks(got).map(
      (c) =>
        `${c.kind}[${got
          .slice(c.start, c.end)
          .map((u) => u.text)
          .join(' ')}]`,
    );
    expect(spans).toEqual(expect.arrayContaining(['NP[its latest models]', 'PP[at the World Internet Conference]']));
  });

  it('reads a coordinated list as one item whose members are all captured', () => {
    const got = units('Exhibitors at the Hannover Messe include Siemens, Alibaba and Tencent.');
    const pattern: PatternItem[] = [{ LEMMA: 'include' }, { LIST: { ENT: 'Organization' }, capture: 'members' }];
    const [match] = findAll(pattern, got);
    expect(match!.captures.get('members')!.map((u) => u.text)).toEqual(['Siemens', 'Alibaba', 'Tencent']);
  });

  it('lets a list\'s person carry an "of" and their body ("Eva Kral of Tramontana Cine")', () => {
    const got = units('The jury included the actor Tom Berg, the producer Eva Kral of Tramontana Cine and the critic Ana Ruiz.');
    const pattern: PatternItem[] = [{ LEMMA: 'include' }, { LIST: { ENT: 'Person' }, capture: 'members' }];
    const [match] = findAll(pattern, got);
    expect(match!.captures.get('members')!.map((u) => u.text)).toEqual(['Tom Berg', 'Eva Kral', 'Ana Ruiz']);
  });

  it('lets a list\'s person carry a described body ("of the charity Bite Free"), and asides where the rule asks', () => {
    const body =
      'The panel brought together Tom Berg, supply director at the distributor Medroute, Eva Kral of the charity Bite Free and Ana Ruiz.';
    const members = (list: PatternItem) =>
      findAll([{ LEMMA: 'bring' }, { LOWER: 'together' }, { ...list, capture: 'members' }], units(body))[0]!
        .captures.get('members')!
        .map((u) => u.text);
    expect(members({ LIST: { ENT: 'Person' } })).toEqual(['Tom Berg']);
    expect(members({ LIST: { ENT: 'Person' }, ASIDES: true })).toEqual(['Tom Berg', 'Eva Kral', 'Ana Ruiz']);
    const slate = units('The candidates are Tom Berg for the Labour Party, Eva Kral for the Green Party and Ana Ruiz.');
    const listed = (list: PatternItem) =>
      findAll([{ LOWER: 'are' }, { ...list, capture: 'members' }], slate)[0]!
        .captures.get('members')!
        .map((u) => u.text);
    expect(listed({ LIST: { ENT: 'Person' } })).toEqual(['Tom Berg']);
    expect(listed({ LIST: { ENT: 'Person' }, ASIDES: true })).toEqual(['Tom Berg', 'Eva Kral', 'Ana Ruiz']);
    const plain = units('The jury included Eva Kral of the charity Bite Free and Ana Ruiz.');
    const [match] = findAll([{ LEMMA: 'include' }, { LIST: { ENT: 'Person' }, capture: 'members' }], plain);
    expect(match!.captures.get('members')!.map((u) => u.text)).toEqual(['Eva Kral', 'Ana Ruiz']);
  });

  it('steps over an aside between commas, a relative clause, but not a clause with its own verb or a list', () => {
    const joins: PatternItem[] = [{ ENT: 'Person', capture: 's' }, { APPOSITION: true, OP: '?' }, { LEMMA: 'join' }];
    const subjects = (body: string) => findAll(joins, units(body)).map((m) => m.captures.get('s')![0]!.text);
    expect(subjects('Maria Lopez, previously head of sales at Barclays, joined Siemens.')).toEqual(['Maria Lopez']);
    expect(subjects('Maria Lopez, who ran Barclays for a decade, joined Siemens.')).toEqual(['Maria Lopez']);
    expect(subjects('Maria Lopez, the board said, joined Siemens.')).toEqual([]);
    // The list's last member joins without an aside; the first is no subject of "joined".
    expect(subjects('Maria Lopez, David Chen, and Ana Ruiz joined Siemens.')).toEqual(['Ana Ruiz']);
  });

  it("reads a place's adjective as the place, when the article names it, and no adjective two states share", () => {
    const facts = (body: string) => findFacts(extract(body), ruleSet).map((f) => `${f.subject} ${f.predicate} ${f.object}`);
    expect(facts('Spain closed its plants. The last is in the northern Spanish region of Asturias.')).toContain(
      'Place:asturias LOCATED_IN Place:spain',
    );
    expect(facts('The last plant is in the northern Spanish region of Asturias.')).toEqual([]);
    expect(gazetteer.placeOfAdjective.get('american')).toBe('United States');
    expect(gazetteer.placeOfAdjective.get('philippine')).toBe('Philippines');
    expect(gazetteer.placeOfAdjective.has('korean')).toBe(false);
  });

  it('honours optional, repeated, bounded and look-around items', () => {
    const got = units('Lyon, France, and Porto, Portugal, are rivals.');
    const place: PatternItem = { ENT: 'Place', capture: 'p' };
    expect(findAll([place, { LOWER: ',' }, place], got).length).toBeGreaterThan(0);
    const notInList: PatternItem[] = [place, { LOWER: ',' }, place, { NOT_FOLLOWED_BY: [{ LOWER: ',' }, { LOWER: 'and' }] }];
    expect(
      findAll(notInList, got).map((m) =>
        m.captures
          .get('p')!
          .map((u) => u.text)
          .join('>'),
      ),
    ).toEqual(['Porto>Portugal']);
    expect(findAll([{ LOWER: 'lyon' }, { OP: '*', MAX: 1 }, { LOWER: 'france' }], got)).toHaveLength(1);
    expect(findAll([{ LOWER: 'lyon' }, { OP: '*', MAX: 0 }, { LOWER: 'france' }], got)).toHaveLength(0);
  });
});

describe('rule files', () => {
  const write = (rules: unknown) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rules-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'x.json'), JSON.stringify({ rules }));
    return dir;
  };
  const base = { id: 'r', predicate: 'HELD_IN', confidence: 0.5, pattern: [{ ENT: 'Event' }], examples: ['a'], counterexamples: ['b'] };

  it('are checked when loaded: unknown classes, keys and predicates, and missing examples stop loading', () => {
    const classes = ruleSet.classes.names;
    expect(loadRules(classes, write([base]))).toHaveLength(1);
    expect(() => loadRules(classes, write([{ ...base, pattern: [{ CLASS: 'NO_SUCH_CLASS' }] }]))).toThrow(RuleError);
    expect(() => loadRules(classes, write([{ ...base, pattern: [{ LEMA: 'say' }] }]))).toThrow(/unknown pattern key "LEMA"/);
    expect(() => loadRules(classes, write([{ ...base, predicate: 'KNOWS' }]))).toThrow(/unknown predicate/);
    expect(() => loadRules(classes, write([{ ...base, counterexamples: [] }]))).toThrow(/counterexample/);
    expect(() => loadRules(classes, write([base, base]))).toThrow(/repeated id/);
  });
});

describe('vocabulary classes', () => {
  it('read a list inside one of cue-words.json\'s objects ("@cues.fieldCues.memberNouns")', () => {
    const { ofWord } = loadVocabClasses();
    expect(ofWord('firms')).toContain('FIELD_MEMBER');
    expect(ofWord('retailers')).toContain('FIELD_MEMBER');
    expect(ofWord('towns')).not.toContain('FIELD_MEMBER');
  });
});
