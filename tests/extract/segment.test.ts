import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeEach } from '../../src/extract/nlp.js';
import { segment } from '../../src/extract/stages/segment.js';
import type { Doc } from '../../src/extract/types.js';

const doc = (text: string): Doc => ({
  article: { id: 'a', title: 't' },
  text,
  sentences: [],
  mentions: [],
  entities: [],
  relations: [],
  claims: [],
});

describe('segment', () => {
  it('reads a line of one result, two sides and their score, as a row, not a subhead', () => {
    const out = segment.run(
      doc(
        'Round-up\n\nSaturday results:\n\nTarnby Rovers 5 Kelso Lynx 1\nAshdale Pirates 2 (overtime)\nHolm City 2-1 Vale United\n\nText.',
      ),
    );
    const kindOf = (text: string) => out.sentences.find((s) => s.text === text)?.kind;
    expect(kindOf('Tarnby Rovers 5 Kelso Lynx 1')).toBe('row');
    expect(kindOf('Holm City 2-1 Vale United')).toBe('row');
    expect(kindOf('Ashdale Pirates 2 (overtime)')).not.toBe('row');
  });

  it('cuts a long run without spaces for the tokenizer, at the same offsets (its e-mail pattern is quadratic on one)', () => {
    const run = 'B'.repeat(300);
    const { tokens } = tokenize(`Before ${run} after.`);
    expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(64);
    for (const t of tokens) expect(`Before ${run} after.`.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.at(-2)?.text).toBe('after');
  });

  it('ends no sentence inside a state\'s abbreviation ("D-N.Y., said", "St. Louis, Mo., said"), and ends one after "no." before a capital', () => {
    const out = segment.run(
      doc(
        'Title\n\nSenate leader Dana Price, D-N.Y., said the vote would pass. Ana Ruiz, D-Wash., said no. Speaker Tom Hale, R-La., ' +
          'disagreed. The firm, based in St. Louis, Mo., said sales rose. It moved to No. 10 Ship Street.',
      ),
    );
    expect(out.sentences.slice(1).map((s) => s.text)).toEqual([
      'Senate leader Dana Price, D-N.Y., said the vote would pass.',
      'Ana Ruiz, D-Wash., said no.',
      'Speaker Tom Hale, R-La., disagreed.',
      'The firm, based in St. Louis, Mo., said sales rose.',
      'It moved to No. 10 Ship Street.',
    ]);
  });

  it('keeps the headline apart from the first body sentence', () => {
    const out = segment.run(doc('A Headline Without A Full Stop\n\nThe body starts here. It goes on.'));
    expect(out.sentences.map((s) => s.text)).toEqual(['A Headline Without A Full Stop', 'The body starts here.', 'It goes on.']);
    expect(out.sentences[0]!.kind).toBe('headline');
  });

  it("reads a labelled list line with no full stop as text (a telephone number's digits too), a short line alone as a subhead", () => {
    const text =
      'Title\n\nThe body starts here.\n\nWhat Comes Next\n\nMedia contact: Sofie Lund Kragh, Head of Communications, Halvenor, press@halvenor.example\n\nPress: Ana Ruiz, Press Officer, Halvenor, +44 131 555 0142';
    const kinds = segment.run(doc(text)).sentences.map((s) => s.kind);
    expect(kinds).toEqual(['headline', 'body', 'headline', 'body', 'body']);
  });

  it('ends a sentence at a unit\'s full stop ("100 km/h.") before the next one', () => {
    const text = 'Title\n\nGusts were above 100 km/h. "Stay indoors," he said.';
    expect(segment.run(doc(text)).sentences.map((s) => s.text)).toEqual([
      'Title',
      'Gusts were above 100 km/h.',
      '"Stay indoors," he said.',
    ]);
  });

  it('keeps a numbered results list after a colon as one sentence, not one per ordinal', () => {
    const text = 'Title\n\nMen: 1. Ana Ruiz (Spain) 2:06:41; 2. Eva Kral (Austria) 2:07:19.\n\n3. Photographs are available.';
    expect(segment.run(doc(text)).sentences.map((s) => s.text)).toEqual([
      'Title',
      'Men: 1. Ana Ruiz (Spain) 2:06:41; 2. Eva Kral (Austria) 2:07:19.',
      '3.',
      'Photographs are available.',
    ]);
  });

  it('splits a possessive the same way whatever wink read before (its lexicon grows with every text)', () => {
    const sentence = "The charity Zorvek's Futures welcomed the decision.";
    const words = () => tokenize(sentence).tokens.map((t) => t.text);
    const before = words();
    tokenize("It is the first treatment that slows Zorvek's, and we are pleased.");
    expect(words()).toEqual(before);
    expect(before).toContain("'s");
  });

  it('gives offsets that point at the sentence in the article text', () => {
    const text = 'Title\n\nFirst sentence here.  Second one follows.';
    for (const s of segment.run(doc(text)).sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads Name: answer turns, keeping the name out of the sentence', () => {
    const text = 'T\n\nHost: Welcome. What happened?\nAna Lima: We grew fast this year.\nHost: Why?\nAna Lima: Demand rose.';
    const out = segment.run(doc(text)).sentences;
    const answer = out.find((s) => s.text === 'We grew fast this year.');
    expect(answer?.turnLabel).toBe('Ana Lima');
    expect(answer?.kind).toBe('answer');
    expect(out.find((s) => s.text === 'What happened?')?.kind).toBe('question');
  });

  it('cuts the dateline of each brief under its own subhead, and no dateline mid-story', () => {
    const text = [
      'Business briefs',
      'Ferry ordered',
      'REYKJAVÍK — Fjardaferjur has ordered a battery ferry, the company said.',
      'Trains tested',
      'OSAKA — Kansai Railway will test two hydrogen trains, the operator said.',
      'LONDON — The line is part of the story above, not a new brief.',
    ].join('\n\n');
    const out = segment.run(doc(text));
    expect(out.sentences.filter((s) => s.kind === 'dateline').map((s) => s.text)).toEqual(['REYKJAVÍK —', 'OSAKA —']);
    expect(out.sentences.map((s) => s.text)).toContain('Kansai Railway will test two hydrogen trains, the operator said.');
    for (const s of out.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("cuts a release's place-and-date line in ordinary case ('Frome, Somerset, 15 April 2026 - '), and no sentence that only names a date", () => {
    const release = segment.run(
      doc(
        [
          'Paperwren launches a card range',
          'Frome, Somerset, 15 April 2026 - Paperwren Cards today launched Hedgerow, a range of 48 cards.',
        ].join('\n\n'),
      ),
    );
    expect(release.sentences.filter((s) => s.kind === 'dateline').map((s) => s.text)).toEqual(['Frome, Somerset, 15 April 2026 -']);
    for (const s of release.sentences) expect(release.text.slice(s.start, s.end)).toBe(s.text);
    const story = segment.run(
      doc(['Fair opens', 'Harrogate, the spa town, hosts the fair on 15 April 2026 - its tenth year.'].join('\n\n')),
    );
    expect(story.sentences.filter((s) => s.kind === 'dateline')).toEqual([]);
  });

  it('marks the lines under a profile box heading with the name the box is about, up to a blank line', () => {
    const text = [
      'Dahl joins Portmoor',
      '',
      'Portmoor Athletic have signed Mikkel Dahl.',
      '',
      'Fact file: Mikkel Dahl',
      'Born: 3 April 2001, Aarhus, Denmark',
      'Previous clubs: Kattegat BK (youth), Oresund Nord BK (2020-25)',
      '',
      'Tickets go on sale on Monday.',
    ].join('\n');
    const boxed = segment.run(doc(text)).sentences.map((s) => [s.text.slice(0, 14), s.boxOf ?? null]);
    expect(boxed).toEqual([
      ['Dahl joins Por', null],
      ['Portmoor Athle', null],
      ['Fact file: Mik', null],
      ['Born: 3 April ', 'Mikkel Dahl'],
      ['Previous clubs', 'Mikkel Dahl'],
      ['Tickets go on ', null],
    ]);
  });

  it('reads labels before words with no verb as the heads of lists and boxes, not as speakers', () => {
    const text = [
      'Minutes',
      'Present: Cllr Janet Prosser (Mayor), Cllr Derek Ashby and Cllr Farah Iqbal.',
      'Apologies: Cllr Ben Hartley (illness).',
      'Item 1: Apologies for absence',
      'Item 2: Minutes of the previous meeting',
      'Dunmore Athletic (4-4-2): Whitlam; Garner, Osei, Pickles, Barraclough; Haigh, Nwosu.',
      'Verdict: False.',
    ].join('\n\n');
    const out = segment.run(doc(text)).sentences;
    expect(out.filter((s) => s.turnLabel).map((s) => s.text)).toEqual([]);
    expect(out.map((s) => s.text)).toContain('Dunmore Athletic (4-4-2): Whitlam; Garner, Osei, Pickles, Barraclough; Haigh, Nwosu.');
  });

  it('keeps the labels of an interview whose short answers have no verb', () => {
    const text = 'T\n\nHost: Welcome. What happened?\nAna Lima: We grew fast this year.\nHost: Were you surprised?\nAna Lima: Not at all.';
    const out = segment.run(doc(text)).sentences;
    expect(out.find((s) => s.text === 'Not at all.')?.turnLabel).toBe('Ana Lima');
  });

  it('reads "Name, farmer, 91" lines over paragraphs that open with the name as headings, not sign-offs', () => {
    const text = [
      'Obituaries in brief',
      'The paper remembers three people who have died in recent weeks.',
      'Harold Metcalfe, farmer, 91',
      'Harold Metcalfe, who farmed sheep at Kettlewell, has died aged 91.',
      'Eileen Hartley, teacher, 84',
      'Eileen Hartley, who taught at Castleberg Primary School, has died aged 84.',
      'Dennis Illingworth, footballer, 79',
      'Dennis Illingworth, who played 312 games for Keighley Town, has died aged 79.',
    ].join('\n\n');
    expect(segment.run(doc(text)).sentences.filter((s) => s.turnLabel)).toEqual([]);
  });

  it('reads lines naming a person, a title and a body as text when several follow each other or each item is capitalised', () => {
    const text = [
      'Title',
      'The statement was signed by nine organisations.',
      'The signatories:',
      'Joanna Pilkington, Chief Executive, Working Well',
      'Samuel Achebe, Director, Carers Voice',
      'Press contact',
      'Aino Laaksonen, Head of Communications, Korvala Systems',
      'The paper also remembers a founder.',
      'Ruth Ackroyd, business founder, 88',
      'Ruth Ackroyd, who founded the company in 1972, has died.',
    ].join('\n\n');
    const kinds = segment.run(doc(text)).sentences.map((s) => s.kind);
    expect(kinds).toEqual(['headline', 'body', 'headline', 'body', 'body', 'headline', 'body', 'body', 'headline', 'body']);
  });

  it("reads bullets, a quotation's dash attribution and the line that introduces a quoted block as text", () => {
    const text = [
      'Title',
      'The retailer published its figures.',
      'Highlights',
      '- Gross margin of 46.9 per cent, up 0.8 percentage points',
      'Fiona Carrick, Chief Executive of Marlowe Home Stores, said:',
      '"This was our best quarter since 2019."',
      '— Harriet Lowe, chief executive, Orwell Port Holdings, on the opening of the quay',
    ].join('\n\n');
    const kinds = segment.run(doc(text)).sentences.map((s) => s.kind);
    expect(kinds).toEqual(['headline', 'body', 'headline', 'body', 'body', 'body', 'body']);
  });

  it('does not read a single "Update:" line as an interview', () => {
    const out = segment.run(doc('T\n\nUpdate: The vote was delayed to Friday.'));
    expect(out.sentences[1]!.turnLabel).toBeUndefined();
  });

  it("reads a wire's place-and-date line alone as a dateline, a scorecard's batting line and a table's row in capitals as rows", () => {
    const out = segment.run(
      doc(
        [
          'Harbour talks resume',
          '',
          'VELMORA 2026-03-14',
          'Officials met on Friday.',
          '',
          'KESTEL, Norland, March 14',
          '',
          'T. Arrowsmith c Vane b Holloway 56',
          'R. Quill not out 12',
          'DUNMORE 70 63 .526 4',
          'ASHBY CITY 69 65 .515 5 1/2',
          'Tarnby Rovers 3 Kelso Lynx 2 (halftime 1-0)',
          '',
          'Paris 2024 Games',
        ].join('\n'),
      ),
    );
    const kindOf = (text: string) => out.sentences.find((s) => s.text === text)?.kind;
    expect(kindOf('VELMORA 2026-03-14')).toBe('dateline');
    expect(kindOf('KESTEL, Norland, March 14')).toBe('dateline');
    expect(kindOf('T. Arrowsmith c Vane b Holloway 56')).toBe('row');
    expect(kindOf('R. Quill not out 12')).toBe('row');
    // A winning percentage's full stop ends no sentence.
    expect(kindOf('DUNMORE 70 63 .526 4')).toBe('row');
    expect(kindOf('ASHBY CITY 69 65 .515 5 1/2')).toBe('row');
    expect(kindOf('Tarnby Rovers 3 Kelso Lynx 2 (halftime 1-0)')).toBe('row');
    expect(kindOf('Paris 2024 Games')).toBe('headline');
  });

  it('bounds a pathological 50 000-character sentence', () => {
    const out = segment.run(doc(`T\n\n${'word '.repeat(10_000)}`));
    expect(Math.max(...out.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
  });
});

describe('one wink pass over several lines', () => {
  it('gives each line the tokens and sentence ends it gets alone', () => {
    const lines = [
      'Kenya Wins Big In Berlin',
      'The runner, 24, set a record. "It was hard," she said.',
      'Host: Why?',
      'Ana Lima: Demand rose',
    ];
    const together = tokenizeEach(lines);
    lines.forEach((line, i) => {
      const alone = tokenize(line);
      expect(together[i]!.tokens).toEqual(alone.tokens);
      for (const token of together[i]!.tokens) expect(line.slice(token.start, token.end)).toBe(token.text);
      // A line's last sentence may run on into the next line in one pass; the segmenter closes it at the line's end.
      expect(together[i]!.sentenceEnds.filter((end) => end < line.length)).toEqual(alone.sentenceEnds.filter((end) => end < line.length));
    });
  });
});

describe('words with letters beyond Latin-1', () => {
  it('stay one token (wink splits "Vlčková" at the č)', () => {
    const words = tokenize('Jana Vlčková spoke in Gdańsk; she cannot stay.').tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Vlčková', 'Gdańsk']));
    // Only splits at such letters are undone: wink's own split of "cannot" stays.
    expect(words).toEqual(expect.arrayContaining(['can', 'not']));
    expect(words).not.toContain('Vl');
  });
});
