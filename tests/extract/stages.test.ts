import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/extract/pipeline.js';
import type { Doc } from '../../src/extract/types.js';
import { relationTriples } from '../helpers/corpus.js';

// Each stage is run alone on the output of the stages before it, on tiny hand-written text.
const stages = createPipeline().stages;
function runUntil(name: string, body: string, title = 'T'): Doc {
  let doc: Doc = {
    article: { id: 'a', title },
    text: `${title}\n\n${body}`,
    sentences: [],
    mentions: [],
    entities: [],
    relations: [],
    claims: [],
  };
  for (const stage of stages) {
    doc = stage.run(doc);
    if (stage.name === name) return doc;
  }
  throw new Error(`no stage ${name}`);
}

describe('mentions', () => {
  it('finds names, vocabulary terms, descriptions and pronouns', () => {
    const doc = runUntil('mentions', 'The Bank of America said the company will invest in cloud computing. It grew.');
    const texts = doc.mentions.map((m) => `${m.source}:${m.text}`);
    expect(texts).toEqual(
      expect.arrayContaining(['name:Bank of America', 'vocab:cloud computing', 'description:the company', 'pronoun:It']),
    );
  });

  it('reads "the Oban-based operator" as the place and a description after it', () => {
    const doc = runUntil(
      'mentions',
      'Westbay Ferries cut its sailings. The Oban-based operator, which is owned by Kintail Group, said crews were short.',
    );
    const texts = doc.mentions.map((m) => `${m.source}:${m.text}`);
    expect(texts).toEqual(expect.arrayContaining(['name:Oban', 'description:operator']));
  });

  it('keeps a name that opens a sentence whole when a title-cased headline has its last word alone', () => {
    const doc = runUntil(
      'mentions',
      'Orrery raised money. Glanmor Rail, a train operator, said faults fell.',
      'Start-Up Raises Money for Rail Fault Software',
    );
    expect(doc.mentions.map((m) => m.text)).toContain('Glanmor Rail');
  });

  it('does not join a weekday to a name', () => {
    const doc = runUntil('mentions', 'Runners finished the Berlin Marathon on Sunday.');
    expect(doc.mentions.map((m) => m.text)).toContain('Berlin Marathon');
  });
});

describe('type', () => {
  it('types by head word, gazetteer, title and apposition', () => {
    const doc = runUntil('type', 'Dr. Amara Okafor, a researcher at Lumina Labs, flew from Nairobi to the Global Health Forum.');
    const typeOf = (text: string) => doc.mentions.find((m) => m.text === text)?.type;
    expect(typeOf('Amara Okafor')).toBe('Person');
    expect(typeOf('Lumina Labs')).toBe('Organization');
    expect(typeOf('Nairobi')).toBe('Place');
    expect(typeOf('Global Health Forum')).toBe('Event');
  });

  it("knows a country's capital however small it is", () => {
    const doc = runUntil('type', 'Ministers met at the national assembly building; Belmopan and Vaduz sent envoys.');
    const typeOf = (text: string) => doc.mentions.find((m) => m.text === text)?.type;
    expect(typeOf('Belmopan')).toBe('Place');
    expect(typeOf('Vaduz')).toBe('Place');
  });

  it('drops a capitalised name it has no evidence for rather than guessing', () => {
    const doc = runUntil('type', 'Zorblat rose sharply.');
    expect(doc.mentions.find((m) => m.text === 'Zorblat')).toBeUndefined();
  });
});

describe('resolve', () => {
  it('joins acronyms, surnames and descriptions to their entity', () => {
    const doc = runUntil(
      'resolve',
      'The International Energy Agency (IEA) met. Jane Smith, an analyst at the IEA, spoke. Smith said the agency would act.',
    );
    const iea = doc.entities.find((e) => e.name === 'International Energy Agency');
    expect(iea?.aliases).toContain('IEA');
    expect(iea?.mentions.map((m) => m.text)).toContain('the agency');
    expect(doc.entities.find((e) => e.name === 'Jane Smith')?.mentions.map((m) => m.text)).toContain('Smith');
  });

  const mentionsOf = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

  it('reads "the guild" as the article\'s guild, not the subject of the sentence before', () => {
    const doc = runUntil(
      'resolve',
      "The Weekend Courier reports that the Tarrant Nurses' Guild walked out of talks. The guild's president, Orla Fenn, said members were tired.",
    );
    expect(mentionsOf(doc, "Tarrant Nurses' Guild")).toContain('The guild');
  });

  it('reads "their goalkeeper" past a clause\'s comma as the team the sentence opens with', () => {
    const doc = runUntil(
      'resolve',
      'Lochan Blades won away for the first time since October, beating Firth Rovers 4-2 thanks largely to their goalkeeper, Tom Hennessy.',
    );
    expect(mentionsOf(doc, 'Lochan Blades')).toContain('their');
  });

  it('ties "the Danish shipping group" to the name right after it, past the industry word it holds', () => {
    const doc = runUntil(
      'resolve',
      'Ostvard Havens blocked the quay. Kerrow Terminals, which is owned by the Danish shipping group Maersk, said it regretted the action.',
    );
    expect(mentionsOf(doc, 'Maersk')).toContain('the Danish shipping group');
    expect(mentionsOf(doc, 'Ostvard Havens')).not.toContain('the Danish shipping group');
  });

  it('reads "the town" as no place named only after it', () => {
    const doc = runUntil(
      'resolve',
      'The Tarnwick Playhouse runs the Tarnwick Arts Festival, held in the town every July. Two of its own shows played in Edinburgh last August.',
    );
    expect(mentionsOf(doc, 'Edinburgh')).not.toContain('the town');
  });

  it('reads "the orchestra" as the story\'s orchestra, not one named once in a guest\'s title', () => {
    const doc = runUntil(
      'resolve',
      [
        'The Wolds Symphony Orchestra will play all seven Sibelius symphonies next season.',
        'The Wolds Symphony Orchestra, founded in 1921, announced the programme on Thursday.',
        'Two concerts will be conducted by Henrik Berg, chief conductor of the Fjordland Chamber Orchestra, who makes his debut in January.',
        "The orchestra's chief executive, Ana Ruiz, said ticket sales had never been higher.",
      ].join(' '),
    );
    expect(mentionsOf(doc, 'Wolds Symphony Orchestra').some((m) => m.startsWith('The orchestra'))).toBe(true);
    expect(mentionsOf(doc, 'Fjordland Chamber Orchestra')).toEqual(['Fjordland Chamber Orchestra']);
  });

  it('reads "the co-operative" (hyphenated) as the story\'s co-operative', () => {
    const doc = runUntil(
      'resolve',
      "Longridge Dairy Co-operative cut its milk price on Monday. The co-operative's chair, Anna Kereama, said the board would act.",
    );
    expect(mentionsOf(doc, 'Longridge Dairy Co-operative').some((m) => m.startsWith('The co-operative'))).toBe(true);
  });

  it('names a place "Gothenburg", not by a possessive the tokenizer left whole ("than Gothenburg\'s.")', () => {
    const doc = runUntil('resolve', "Gothenburg launched its bid on Wednesday. Tampere's budget is a third lower than Gothenburg's.");
    expect(doc.entities.map((e) => e.name)).toContain('Gothenburg');
    expect(doc.entities.map((e) => e.name)).not.toContain("Gothenburg's");
  });

  it('gives "…, the company said" to the company its sentence opens with, not the one named most', () => {
    const doc = runUntil(
      'resolve',
      "Brightwell Foods bought Hollin Bakery. Brightwell said Brightwell would keep the bakery's staff. Ferrano Glass, the maker of glass jars, will close its plant, the company said.",
    );
    expect(mentionsOf(doc, 'Ferrano Glass')).toContain('the company');
    expect(mentionsOf(doc, 'Brightwell Foods')).not.toContain('the company');
  });

  it('reads "the company" in a diary entry as the company its entry introduced, not one of an entry before', () => {
    const doc = runUntil(
      'resolve',
      [
        'Tuesday - Brennan & Voss results',
        'The retailer Brennan & Voss publishes results. The company said sales had been strong. The company will pay a dividend.',
        'Sunday - Graubünden votes on wind park',
        "Voters decide whether to allow a wind park planned by the energy company Rätia Windkraft. The company's project director, Reto Caduff, said the turbines would supply 40,000 homes.",
      ].join('\n\n'),
    );
    expect(mentionsOf(doc, 'Rätia Windkraft')).toContain('The company');
  });

  it('reads each item of a round-up under its own heading apart', () => {
    const doc = runUntil(
      'resolve',
      [
        'Brightwell buys bakery',
        'Brightwell Foods bought Hollin Bakery. Brightwell said the company would keep its staff.',
        'Kestrel Retail profit rises',
        'Kestrel Retail reported a profit of 38 million pounds. The shares rose. The chief executive said the company would open eight shops.',
      ].join('\n\n'),
    );
    expect(mentionsOf(doc, 'Kestrel Retail')).toContain('the company');
    expect(mentionsOf(doc, 'Brightwell Foods').filter((m) => m === 'the company')).toHaveLength(1);
  });
});

describe('relations', () => {
  it('reads subsidiaries and places in places', () => {
    const doc = runUntil('relations', 'Nova Cloud, a unit of Nova Group, opened an office in Lyon, France.');
    const triples = relationTriples(doc);
    expect(triples).toContain('organization:nova-cloud PART_OF organization:nova-group');
    expect(triples).toContain('place:lyon LOCATED_IN place:france');
  });
});

describe('relations in a programme', () => {
  it("gives a programme's timed speakers to the summit the article reports, past the list's own label and a question in a session's title", () => {
    const doc = runUntil(
      'relations',
      [
        'The Offshore Energy Association published the programme for the North Sea Transition Summit on Tuesday. The summit opens in May.',
        'The programme for Tuesday 12 May:',
        '09:30 Opening keynote — Fiona Gellatly, Director General, Offshore Licensing Authority',
        '12:30 Lunch in the exhibition hall',
        '14:00 Panel: Who pays for the grid? — with Priya Raman (Skerrymore Turbines), Lars Holm (Deepline Subsea); chaired by Rachel Dunne (Harbourline Bank)',
      ].join('\n\n'),
    );
    const triples = relationTriples(doc);
    for (const speaker of ['fiona-gellatly', 'priya-raman', 'lars-holm', 'rachel-dunne'])
      expect(triples).toContain(`person:${speaker} SPOKE_AT event:north-sea-transition-summit`);
    expect(triples).toContain('person:rachel-dunne AFFILIATED_WITH organization:harbourline-bank');
    expect(doc.entities.map((e) => e.name)).not.toContain('Lunch');
  });
});

describe('relations through "their"', () => {
  it('gives "their captain, X" to the team the sentence named, and leaves a plain "their" alone', () => {
    const triples = (body: string) => relationTriples(runUntil('relations', body));
    expect(triples('Tyne Harriers won the final on Sunday after their captain, Rebecca Thwaite, won the ball back.')).toContain(
      'person:rebecca-thwaite AFFILIATED_WITH organization:tyne-harriers',
    );
    // …past a nationality before the role.
    expect(triples('Tyne Harriers led through a penalty from their Norwegian striker, Sigrid Aune.')).toContain(
      'person:sigrid-aune AFFILIATED_WITH organization:tyne-harriers',
    );
    expect(triples('Tyne Harriers won the final on Sunday, and their fans, Rebecca Thwaite among them, sang.')).not.toContain(
      'person:rebecca-thwaite AFFILIATED_WITH organization:tyne-harriers',
    );
  });
});

describe('relations of an office', () => {
  it("ties a union's general secretary to the union the line names, not to a department the article names", () => {
    const doc = runUntil(
      'relations',
      [
        'Marcus Hale, minister for housing, Department for Homes and Communities, spoke on Monday.',
        '— Beth Carrow, general secretary, Rail and Maritime Staff Union, on the strike ballot result',
      ].join('\n\n'),
    );
    const triples = relationTriples(doc);
    expect(triples).toContain('person:beth-carrow AFFILIATED_WITH organization:rail-and-maritime-staff-union');
    expect(triples).not.toContain('person:beth-carrow AFFILIATED_WITH organization:department-for-homes-and-communities');
  });
});

describe('salience', () => {
  it('keeps a broad topic the lead names and drops one named in passing; a specific topic stays either way', () => {
    const topics = (body: string) =>
      runUntil('salience', body)
        .entities.filter((e) => e.type === 'Topic')
        .map((e) => e.name);
    const passing =
      'Harwick Rovers opened a new stand on Saturday. The club said funding came from a local bank, and fans praised cloud computing.';
    expect(topics(passing)).not.toContain('investment');
    expect(topics(passing)).toContain('cloud computing');
    expect(topics('Harwick Rovers secured new funding on Saturday. The club said the money would pay for a stand.')).toContain(
      'investment',
    );
  });
});

describe('claims', () => {
  /** The speaker of the claim whose sentence opens with `start`. */
  const speakerOf = (doc: Doc, start: string) => doc.claims.find((c) => c.sentence.startsWith(start))?.speaker;

  it('reads "<clause>, X said" and "according to X"', () => {
    const doc = runUntil(
      'claims',
      'Prices will keep rising next year, Maria Lopez said. According to Acme Corp, demand doubled in the spring quarter.',
    );
    expect(doc.claims.map((c) => c.speaker)).toEqual(['person:maria-lopez', 'organization:acme-corp']);
    expect(doc.claims[0]!.text).toBe('Prices will keep rising next year');
  });

  it('reads "the Genoa-based shipping company said": an industry word describes the speaking body', () => {
    const doc = runUntil(
      'claims',
      'Talvera Lines will stop calling at the port of Corvale from March, the Genoa-based shipping company said on Monday.',
    );
    expect(speakerOf(doc, 'Talvera Lines will stop')).toBe('organization:talvera-lines');
  });

  it('gives "The chairman said" to "X, the club\'s chairman," and "The chancellor said" to "The chancellor of …, the broadcaster X,"', () => {
    const club = runUntil(
      'claims',
      '"This money keeps our academy alive," said Graham Thorley, the club\'s chairman, who bought the club in 2016. The chairman said the deal had to stay secret until it was signed.',
    );
    expect(speakerOf(club, 'The chairman said')).toBe('person:graham-thorley');
    const university = runUntil(
      'claims',
      'The chancellor of the university, the broadcaster Neil Ashurst, presides over every ceremony. The chancellor said the university was prouder of this week than of any league table.',
    );
    expect(speakerOf(university, 'The chancellor said')).toBe('person:neil-ashurst');
  });

  it('never gives "the company said" to a sports club', () => {
    const doc = runUntil(
      'claims',
      'Harnby United will rename its ground after Halbeck Insurance, which paid £1.2 million. United sold 4,000 season tickets. In a statement, the company said it was proud to back the club.',
    );
    expect(speakerOf(doc, 'In a statement, the company said')).toBe('organization:halbeck-insurance');
  });

  it("gives a quotation whose own sentence names its source without a name to no one, not to the sentence before's speaker", () => {
    const doc = runUntil(
      'claims',
      'A man from Cheltenham was arrested on Monday, Severnside Police said. In a statement released through the police, Mr Hallam\'s family said he had been "the kindest man any of us will ever know".',
    );
    expect(doc.claims.find((c) => c.sentence.includes('kindest'))?.speaker).toBeNull();
  });

  it('reads "X writes that" and "X points out, though, that" as reported speech, not "writes software that"', () => {
    const doc = runUntil(
      'claims',
      [
        'Anna Moss writes that Vollmer has been looking for a way into the Irish market.',
        'Anna Moss points out, though, that day visitors would pay nothing.',
        'Delta Grid writes software that decides when solar farms store power.',
      ].join(' '),
    );
    expect(speakerOf(doc, 'Anna Moss writes')).toBe('person:anna-moss');
    expect(speakerOf(doc, 'Anna Moss points out')).toBe('person:anna-moss');
    expect(speakerOf(doc, 'Delta Grid')).toBeUndefined();
  });

  it('gives "…," he said to the one who spoke in the sentence before, named in an apposition, not the last man named', () => {
    const doc = runUntil(
      'claims',
      [
        "The Thunderhawks' head coach, Balaji Kulkarni, said the team had planned for a year to sign Ravi Deshpande.",
        '"We did not come to Mumbai to be sensible," he said.',
      ].join(' '),
    );
    expect(speakerOf(doc, '"We did not come')).toBe('person:balaji-kulkarni');
  });

  it('leaves out of a headline\'s name a first word the body never uses with it ("Raider" of "Raider Deshpande")', () => {
    const doc = runUntil(
      'claims',
      'Pune made Ravi Deshpande the most expensive player. "My hands were shaking," Deshpande said.',
      'Raider Deshpande fetches a record fee',
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('Raider Deshpande');
    expect(speakerOf(doc, '"My hands')).toBe('person:ravi-deshpande');
  });

  it('gives "A spokesperson for the company said" to the body the sentence before opened with, not one its clause named', () => {
    const doc = runUntil(
      'claims',
      [
        'Trentholme Pottery closed in 2015.',
        "Meridale Brands, which still sells two of Trentholme's patterns, now makes them in Portugal.",
        'A spokesperson for the company said it remained proud of the name.',
      ].join(' '),
    );
    expect(speakerOf(doc, 'A spokesperson')).toBe('organization:meridale-brands');
  });

  it('gives "A council spokesperson said" to the council named before, however far back, or to no one', () => {
    const named = runUntil(
      'claims',
      [
        'Tarrow County Council will cut library hours from September.',
        'The library will close on Mondays.',
        'Councillor Ann Hegarty of the Independent Rural Alliance said the decision hit families hardest.',
        'A council spokesperson said two vacant posts would be advertised in the coming weeks.',
      ].join(' '),
    );
    expect(speakerOf(named, 'A council spokesperson')).toBe('organization:tarrow-county-council');
    const unnamed = runUntil(
      'claims',
      [
        'Library hours will be cut, the county council confirmed.',
        'Councillor Ann Hegarty of the Independent Rural Alliance said the decision hit families hardest.',
        'A council spokesperson said two vacant posts would be advertised in the coming weeks.',
      ].join(' '),
    );
    expect(speakerOf(unnamed, 'A council spokesperson')).not.toBe('organization:independent-rural-alliance');
  });

  it('reads a weekday after "the" as part of a paper\'s name: "The Sunday Ledger reports that"', () => {
    const doc = runUntil('claims', 'The Sunday Ledger reports that negotiators walked out of talks in Dublin late on Friday.');
    expect(speakerOf(doc, 'The Sunday Ledger reports')).toBe('organization:sunday-ledger');
  });

  it('reads "according to the network" as the body named before whose name ends in that word', () => {
    const doc = runUntil(
      'claims',
      [
        'The Harwick Rivers Network, which funds river clean-ups, published its annual report on Monday.',
        'According to the network, 40 miles of river were cleared of rubbish last year.',
        'Brenmouth Port Authority said on Tuesday that it would dredge the harbour.',
        'Brenmouth, a town of 12,000 people, handled 90 cruise calls last season, according to the port authority.',
      ].join(' '),
    );
    expect(speakerOf(doc, 'According to the network')).toBe('organization:harwick-rivers-network');
    expect(speakerOf(doc, 'Brenmouth, a town')).toBe('organization:brenmouth-port-authority');
  });

  it('gives each quoted paragraph under "X, Chief Executive of Y, said:" to X, up to the first paragraph that is no quotation', () => {
    const doc = runUntil(
      'claims',
      [
        'Marlowe Home Stores raised its forecast on Thursday.',
        'Fiona Carrick, Chief Executive of Marlowe Home Stores, said:',
        '"This was our best third quarter since 2019, and it came from more customers buying."',
        '"People are still careful with large purchases, but they are buying them now."',
        'Sales of sofas grew fastest, and "the lighting range sold out" in 40 stores.',
      ].join('\n\n'),
    );
    expect(speakerOf(doc, '"This was our best')).toBe('person:fiona-carrick');
    expect(speakerOf(doc, '"People are still')).toBe('person:fiona-carrick');
    expect(speakerOf(doc, 'Sales of sofas')).toBeUndefined();
  });

  it('gives "The spokesperson said" to the body whose spokesperson spoke just before, and to none if that one made no claim', () => {
    const doc = runUntil(
      'claims',
      [
        'A spokesperson for Avonbridge University said it valued its staff but could not pay more.',
        'The spokesperson said the university had run a deficit of 11 million pounds last year.',
        'A police spokesperson urged people to stay away from the campus on Friday.',
        '"Nobody should try to cross the picket lines by car," the spokesperson said.',
      ].join(' '),
    );
    expect(speakerOf(doc, 'The spokesperson said')).toBe('organization:avonbridge-university');
    expect(speakerOf(doc, '"Nobody should')).toBeNull();
  });

  it('gives "The tribunal found that…" to no named body when the article names no tribunal', () => {
    const doc = runUntil(
      'claims',
      'Kymi Shipbuilding must pay 61 million pounds to Anglesey Sea Lines. The tribunal found that both ships had left the yard 600 tonnes too heavy.',
    );
    const claim = doc.claims.find((c) => c.sentence.startsWith('The tribunal found'));
    expect(claim?.speaker).toBeNull();
    expect(claim?.source).toBe('The tribunal');
  });

  it('gives "according to the ombudsman" to the ombudsman the article names', () => {
    const doc = runUntil(
      'claims',
      'The Housing Ombudsman published its annual report on Tuesday. According to the ombudsman, complaints about damp have doubled in three years.',
    );
    expect(doc.claims.map((c) => c.speaker)).toEqual(['organization:housing-ombudsman']);
  });

  it('reads a reply as a statement of whoever replies', () => {
    const doc = runUntil(
      'claims',
      'Hugo Pennock said a council bus company would lose money. Amira Haddad replied that the town was already paying for the cuts.',
    );
    expect(doc.claims.map((c) => c.speaker)).toEqual(['person:hugo-pennock', 'person:amira-haddad']);
  });

  it('gives a quotation to the person its pronoun names, not to one the quotation mentions', () => {
    const doc = runUntil(
      'claims',
      [
        'Judge Helen Okonkwo upheld the verdict on Tuesday.',
        "Siemens's general counsel, Maria Lopez, said the company would appeal.",
        '"We respect the court, but we believe the judge was wrong," she said.',
      ].join(' '),
    );
    expect(doc.claims.find((c) => c.text.startsWith('We respect'))?.speaker).toBe('person:maria-lopez');
  });
});
