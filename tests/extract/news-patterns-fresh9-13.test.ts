/**
 * Patterns the ninth to thirteenth fresh gold sets showed the extractor missing (tests/fixtures/
 * eval-fresh9: longer wire stories with datelines, a summit, a feature; eval-fresh10: a derby, a
 * launch, a ruling, a space mission; eval-fresh11: an election, quarterly results;
 * eval-fresh12: a health study, a fire; eval-fresh13: a bank merger, a wildfire), each on
 * invented text of its own so that the rule, not the article, passes.
 */
import { describe, expect, it } from 'vitest';
import { extract, facts, names } from '../helpers/extract.js';

describe('wire stories', () => {
  it('keeps a dateline apart from the first sentence: its place and agency are entities, its words no part of a claim', () => {
    const doc = extract(
      'BERGEN, Norway, May 2 (Wirepress) - Fjordkraft Energi will close two plants next year, the company said on Tuesday.',
    );
    expect(doc.sentences.map((s) => s.kind)).toEqual(['headline', 'dateline', 'body']);
    expect(doc.claims).toMatchObject([
      {
        speaker: 'organization:fjordkraft-energi',
        sentence: 'Fjordkraft Energi will close two plants next year, the company said on Tuesday.',
      },
    ]);
    expect(names(doc, 'Organization')).toEqual(['Fjordkraft Energi', 'Wirepress']);
    expect(names(doc, 'Place')).toEqual(['Bergen', 'Norway']);
    expect(facts(doc)).toContain('place:bergen LOCATED_IN place:norway');
  });

  it('links an officer named by a company title alone to the company of the sentence before, and a name to its legal form', () => {
    const doc = extract(
      [
        'Kranz Stahl AG said it would cut 900 jobs.',
        'Chief Executive Lena Roth told reporters that demand had collapsed this year.',
        'Shares in Kranz Stahl fell 3 percent.',
      ].join('\n'),
    );
    expect(names(doc, 'Organization')).toEqual(['Kranz Stahl AG']);
    expect(facts(doc)).toContain('person:lena-roth AFFILIATED_WITH organization:kranz-stahl-ag (chief executive)');
  });

  it('goes on with a quote from the sentence before, and keeps "officials familiar with the talks" as an unnamed source', () => {
    const doc = extract(
      [
        'Maria Lopez, an economist at Banco Azul, spoke on Monday.',
        '"Prices will rise again next year," Lopez said. "Nobody in Madrid can stop that now."',
        'The central bank will raise rates again in June, two officials familiar with the talks said.',
      ].join('\n'),
    );
    expect(doc.claims.map((c) => [c.speaker, c.source ?? null])).toEqual([
      ['person:maria-lopez', null],
      ['person:maria-lopez', null],
      [null, 'two officials familiar with the talks'],
    ]);
  });
});

describe('names and facts', () => {
  it('reads founders in an apposition and where a founder worked before', () => {
    const doc = extract(
      [
        'Fieldbot, a start-up founded in Murcia in 2019 by two engineers, Ana Gil and Luis Mora, makes picking robots.',
        'Gil, who previously built drones at Parrot in France, said the robots paid for themselves within two seasons.',
      ].join('\n'),
    );
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'person:ana-gil AFFILIATED_WITH organization:fieldbot (founder)',
        'person:luis-mora AFFILIATED_WITH organization:fieldbot (founder)',
        'person:ana-gil AFFILIATED_WITH organization:parrot',
      ]),
    );
  });

  it('takes the person out of a title with a portfolio, drops a title with no name, and reads a surname written first', () => {
    const doc = extract(
      [
        'Washington sent Deputy Secretary of State Karen Walsh and Minister of Trade Ana Costa to the talks.',
        "China's special envoy to the region, Wang Lei, met the leaders separately.",
      ].join('\n'),
    );
    expect(names(doc, 'Person')).toEqual(['Ana Costa', 'Karen Walsh', 'Wang Lei']);
  });

  it('joins "and" inside a body\'s name after "for", but not two names that each have a head word', () => {
    const doc = extract(
      [
        'The figures came from the Africa Centres for Disease Control and Prevention.',
        'The Bank of Canada and Royal Bank of Canada both cut their forecasts.',
      ].join('\n'),
    );
    expect(names(doc, 'Organization')).toEqual([
      'Africa Centres for Disease Control and Prevention',
      'Bank of Canada',
      'Royal Bank of Canada',
    ]);
  });
});

describe('sports, courts and science (eval-fresh10)', () => {
  it("reads the sides of a match as teams, a stadium as a place, and a coach's words as the coach's", () => {
    const doc = extract(
      [
        'Lyon beat Marseille 3-1 at the Stade Gerland on Sunday.',
        '"We pressed them from the first minute until the last," Lyon coach Pierre Garnier said.',
      ].join('\n'),
    );
    expect(names(doc, 'Organization')).toEqual(['Lyon', 'Marseille']);
    expect(names(doc, 'Place')).toEqual(['Stade Gerland']);
    expect(facts(doc)).toContain('person:pierre-garnier AFFILIATED_WITH organization:lyon (coach)');
    expect(doc.claims.map((c) => c.speaker)).toEqual(['person:pierre-garnier']);
  });

  it('finds a first name whatever its accents, and a planet as a place', () => {
    const doc = extract('The winner was scored by Nicolás Ibarra in the second half.\nThe probe will reach Jupiter in 2031.');
    expect(names(doc, 'Person')).toEqual(['Nicolás Ibarra']);
    expect(names(doc, 'Place')).toEqual(['Jupiter']);
  });

  it("takes a ruling as the judge's claim, and a quote from the person an organisation qualifies", () => {
    const doc = extract(
      [
        'Judge Anna Berg of the Supreme Court ruled that the new law broke the constitution.',
        'Party leader Ruben Vos of Groen called the plan "a tax on the poor and nothing else."',
      ].join('\n'),
    );
    expect(doc.claims.map((c) => c.speaker)).toEqual(['person:anna-berg', 'person:ruben-vos']);
  });

  it('links a project manager named by title alone to the agency of the sentence before', () => {
    const doc = extract(
      'The agency, known as KASA, said the launch had gone well.\nProject manager Sara Holm said the satellite was healthy and sending data.',
    );
    expect(facts(doc)).toContain('person:sara-holm AFFILIATED_WITH organization:kasa (project manager)');
  });

  it('reads "the agency, known as X" as another name of the agency', () => {
    const doc = extract(
      'The Korea Aerospace Administration launched the probe.\nThe agency, known as KASA, said the launch had gone well.',
    );
    expect(doc.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, e.aliases])).toEqual([
      ['Korea Aerospace Administration', ['KASA']],
    ]);
  });
});

describe('elections and results (eval-fresh11)', () => {
  it("strips a title of several words, and reads a full name whose first name is also a region's", () => {
    const doc = extract(
      [
        'Chief Financial Officer Lena Ruiz said margins improved in the quarter.',
        'Victoria Lang of the Green Alliance won the seat.',
        'Lang, a former mayor of Ballarat, said she would focus on schools and hospitals.',
      ].join('\n'),
    );
    expect(names(doc, 'Person')).toEqual(['Lena Ruiz', 'Victoria Lang']);
    expect(facts(doc)).toContain('person:victoria-lang AFFILIATED_WITH organization:green-alliance');
  });

  it('reads "his party, X" as the speaker\'s party', () => {
    const doc = extract('Diego Rojas conceded defeat and said his party, Nueva Patria, would work with the government.');
    expect(facts(doc)).toContain('person:diego-rojas AFFILIATED_WITH organization:nueva-patria');
  });

  it('gives claims to an unnamed service and to "analysts at X", and a report of figures to nobody', () => {
    const doc = extract(
      [
        'The electoral service said turnout reached 80 percent in the capital.',
        'Bond yields fell on Monday after the vote, analysts at Banco Sur said.',
        'Helix Motors reported a 40 percent rise in quarterly profit on Tuesday.',
        'Helix Motors reported last week that sales had fallen in Europe.',
      ].join('\n'),
    );
    expect(doc.claims.map((c) => [c.speaker, c.source ?? null])).toEqual([
      [null, 'The electoral service'],
      ['organization:banco-sur', null],
      ['organization:helix-motors', null],
    ]);
    expect(doc.claims.map((c) => c.sentenceIndex)).toEqual([1, 2, 4]);
  });

  it('types who polled the analysts', () => {
    const doc = extract('Profit beat the average forecast of analysts polled by Kestra on Friday.');
    expect(names(doc, 'Organization')).toEqual(['Kestra']);
  });
});

describe('studies and local news (eval-fresh12)', () => {
  it('keeps a researcher a person when her apposition names an institute, and a journal an organisation', () => {
    const doc = extract(
      'The study, published on Monday in The Journal of Sleep, was led by Hanna Berg, a neurologist at the Oslo Heart Institute.',
    );
    expect(names(doc, 'Person')).toEqual(['Hanna Berg']);
    expect(names(doc, 'Organization')).toEqual(['Journal of Sleep', 'Oslo Heart Institute']);
    expect(facts(doc)).toContain('person:hanna-berg AFFILIATED_WITH organization:oslo-heart-institute (neurologist)');
  });

  it('reads a body named "Port of X Authority", districts of a city, and "a subsidiary of the Danish group X"', () => {
    const doc = extract(
      [
        'The Port of Gdynia Authority said traffic was normal.',
        'Residents in the districts of Oksywie and Obluze were told to stay indoors.',
        'Baltic Freight, a subsidiary of the Danish shipping group Maersk, runs the terminal.',
      ].join('\n'),
    );
    expect(names(doc, 'Organization')).toEqual(['Baltic Freight', 'Maersk', 'Port of Gdynia Authority']);
    expect(names(doc, 'Place')).toEqual(['Obluze', 'Oksywie']);
    expect(facts(doc)).toContain('organization:baltic-freight PART_OF organization:maersk');
  });

  it('takes "Police said" and "a spokesperson for the fire brigade said" as unnamed sources, and "estimates that" as a claim', () => {
    const doc = extract(
      [
        'Police said there was no sign of arson at the warehouse.',
        'Firefighters controlled the blaze after six hours, a spokesperson for the regional fire brigade said.',
        'The World Health Organization estimates that more than 400 million people live with diabetes.',
      ].join('\n'),
    );
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
    expect(doc.claims.map((c) => [c.speaker, c.source ?? null])).toEqual([
      [null, 'Police'],
      [null, 'a spokesperson for the regional fire brigade'],
      ['organization:world-health-organization', null],
    ]);
  });
});

describe('a merger and a wildfire (eval-fresh13)', () => {
  it('keeps two places joined by "and" apart, and reads an observatory as a body', () => {
    const doc = extract('Fire spread towards the suburbs of Kifisia and Marathon, the National Observatory of Athens said.');
    expect(names(doc, 'Place')).toEqual(['Kifisia', 'Marathon']);
    expect(names(doc, 'Organization')).toEqual(['National Observatory of Athens']);
  });

  it('takes "the two banks said in a joint statement" as an unnamed source', () => {
    const doc = extract(
      'Banca Nord and Credito Sud agreed to merge in a deal worth 9 billion euros, the two banks said in a joint statement.',
    );
    expect(doc.claims.map((c) => [c.speaker, c.source ?? null])).toEqual([[null, 'the two banks']]);
  });
});
