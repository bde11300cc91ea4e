/**
 * How an article is laid out (wire datelines, results tables, interviews): patterns of ordinary news
 * prose, each on invented text of its own so that the rule, not the article, is what passes (the gold
 * sets under tests/fixtures showed the extractor missing them).
 */
import { describe, expect, it } from 'vitest';
import { extract, facts, names } from '../../helpers/extract.js';

describe('datelines, tables and interviews', () => {
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

  it("reads a meeting's labels that name the speaker's body after a comma or in brackets, for the claims and the ties", () => {
    const doc = extract(
      [
        'About 200 people came to a public meeting on the Hollin bypass. The following is an edited excerpt.',
        'CHAIR (Councillor Ann Pryce): Good evening. We will hear first from the council.',
        'Mark Dunne, Hollin County Council: The road would take 900 lorries a day out of the town centre.',
        "Ruth Ellery (Hollin Residents' Association): The road would cut the common in half.",
        'Mark Dunne, Hollin County Council: We would plant two trees for every one we fell.',
      ].join('\n\n'),
    );
    expect(doc.claims.filter((c) => c.text.startsWith('The road') || c.text.startsWith('We would plant')).map((c) => c.speaker)).toEqual([
      'person:mark-dunne',
      'person:ruth-ellery',
      'person:mark-dunne',
    ]);
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'person:mark-dunne AFFILIATED_WITH organization:hollin-county-council',
        'person:ruth-ellery AFFILIATED_WITH organization:hollin-residents-association',
      ]),
    );
  });

  it("reads a who's-who entry, '• Name — what they are', as a name and its apposition", () => {
    const doc = extract(
      [
        'The sale of Harcastle Rovers to the consortium Bluewater Capital has stalled, and Harcastle Rovers fans have marched twice. These are the people at the centre of the row.',
        '• Dana Whitlock — chief executive of Bluewater Capital and the face of the bid. She has declined to say more.',
        '• Marek Olsen — chief executive of the National Football League, which must approve any new owner.',
        "• Sean Pryor — the club's manager, who led Harcastle Rovers to promotion last season.",
      ].join('\n\n'),
    );
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'person:dana-whitlock AFFILIATED_WITH organization:bluewater-capital (chief executive)',
        'person:marek-olsen AFFILIATED_WITH organization:national-football-league (chief executive)',
        'person:sean-pryor AFFILIATED_WITH organization:harcastle-rovers (manager)',
      ]),
    );
    expect(facts(doc).filter((f) => f.startsWith('person:sean-pryor AFFILIATED_WITH organization:national-football-league'))).toEqual([]);
  });

  it("takes an officer's company from the sentences before a results table, stepping over its rows", () => {
    const doc = extract(
      [
        'Kranz Stahl AG said its quarterly profit rose 8 percent on higher steel prices.',
        'Key figures (in millions of euros)',
        'Revenue 1,204 1,115 +8.0%',
        'Net profit 96 88 +9.1%',
        'Orders 1,530 1,402 +9.1%',
        'Staff 11,200 11,350 -1.3%',
        'Chief Executive Lena Roth said demand from carmakers had recovered in the summer.',
      ].join('\n'),
    );
    expect(facts(doc)).toContain('person:lena-roth AFFILIATED_WITH organization:kranz-stahl-ag (chief executive)');
  });

  it('reads the names in a row of results, but not the label of a row of figures, and takes no claim from either', () => {
    const doc = extract(
      [
        'Results from the third round of the Lindholm Open on Wednesday:',
        'Tim Varga (Hungary) beat Doug Fenn (Canada) 6-3 6-4 6-2',
        'Fibre customers (000s) 2,310 2,045 +13.0%',
        'Kestrel Rovers said the tickets were sold out.',
      ].join('\n'),
    );
    expect(doc.sentences.map((s) => s.kind)).toEqual(['headline', 'headline', 'row', 'headline', 'body']);
    expect(names(doc, 'Person')).toEqual(expect.arrayContaining(['Tim Varga', 'Doug Fenn']));
    expect(doc.entities.map((e) => e.name)).not.toContain('Fibre');
    expect(doc.claims.map((c) => c.sentence)).toEqual(['Kestrel Rovers said the tickets were sold out.']);
  });

  it('reads a person named on a line of its own below the title (a byline), but no title-cased phrase', () => {
    const doc = extract(
      ['Ferry Strike Ends After Nine Days', 'By Sarah Mulholland', 'The ferry strike ended on Monday after nine days.'].join('\n'),
    );
    expect(names(doc, 'Person')).toEqual(['Sarah Mulholland']);
  });

  it('takes the names of a line set in capitals from the recogniser, not from runs of capitals', () => {
    const doc = extract(
      ['Round-up', 'SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH .', 'Romania beat Lithuania 2-1 on Friday .'].join('\n'),
    );
    const shouted = doc.mentions
      .filter((m) => m.source === 'name' && doc.sentences[m.sentence]!.text.startsWith('ROMANIA'))
      .map((m) => `${m.text} ${m.type}`);
    expect(shouted).toEqual(['ROMANIA Place', 'LITHUANIA Place']);
    // The wire's topic slug before the dash is no dateline's place.
    expect(doc.entities.map((e) => e.name)).not.toContain('SOCCER');
  });

  it('reads what an interviewer reports others saying, but not the question itself', () => {
    const doc = extract(
      [
        'Interview: the seabed',
        'Anna Berg: Mining companies say the seabed will recover within a few decades. Is that true?',
        'Tomas Lind: No. The tracks from a test in 1989 are still visible on the sea floor today.',
        'Anna Berg: What would you tell the regulators?',
        'Tomas Lind: I would tell them to wait until we know what lives down there.',
      ].join('\n'),
    );
    const reported = doc.claims.find((c) => c.sentence.startsWith('Mining companies say'));
    expect(reported).toMatchObject({ speaker: null, source: 'Mining companies', form: 'indirect' });
    expect(doc.claims.some((c) => c.sentence.endsWith('?'))).toBe(false);
    expect(doc.claims.filter((c) => c.form === 'interview').length).toBeGreaterThan(0);
  });

  it('takes a dateline\'s agency in brackets for a body, but not "(Wire)", which only says the story is wire copy', () => {
    const agency = extract('DUISBURG, Germany (Rheinpost Newswire) - Dock workers walked out on Monday at the inland port.');
    const wire = extract('DUISBURG, Germany (Wire) - Dock workers walked out on Monday at the inland port.');
    expect(agency.entities.find((e) => e.name === 'Rheinpost Newswire')?.type).toBe('Organization');
    expect(wire.entities.map((e) => e.name)).not.toContain('Wire');
  });
});
