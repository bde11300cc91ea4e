/**
 * Where places and events are, and which places lie inside others: patterns of ordinary news prose,
 * each on invented text of its own so that the rule, not the article, is what passes (the gold sets
 * under tests/fixtures showed the extractor missing them).
 */
import { describe, expect, it } from 'vitest';
import { extract, entity, facts, names } from '../../helpers/extract.js';

describe('events and places', () => {
  it('names an election after its place, with its kind between ("the West Dale mayoral election"), and its candidates as competitors', () => {
    const doc = extract(
      [
        'Rachel Moor won the West Dale mayoral election on Friday with 41 percent of the vote.',
        'Daniel Ike of the Commonwealth Party, who has led Dale Borough Council since 2021, finished second.',
        'Turnout in the West Dale mayoral election was 29 percent.',
      ].join('\n'),
    );
    expect(names(doc, 'Event')).toEqual(['West Dale mayoral election']);
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'person:rachel-moor PARTICIPATED_IN event:west-dale-mayoral-election',
        'person:daniel-ike PARTICIPATED_IN event:west-dale-mayoral-election',
      ]),
    );
    expect(facts(doc)).not.toContain('organization:dale-borough-council PARTICIPATED_IN event:west-dale-mayoral-election');
  });

  it('keeps a town inside a province the text calls one, though a bigger town elsewhere shares its name', () => {
    const doc = extract(
      [
        'Residents of Calamba, in Laguna province, were moved to schools on Monday.',
        'In Cainta, a town in Rizal province, the river burst its banks.',
      ].join('\n'),
    );
    expect(facts(doc)).toEqual(expect.arrayContaining(['place:calamba LOCATED_IN place:laguna', 'place:cainta LOCATED_IN place:rizal']));
    expect(facts(doc)).not.toContain('place:laguna LOCATED_IN place:calamba');
  });

  it('reads "the congress" as the article\'s congress, but not "the congress organisers" or "the exhibition hall"', () => {
    const doc = extract(
      [
        'The results were presented on Saturday at the European Thoracic Oncology Congress in Vienna.',
        "Professor Matthias Reiter, head of oncology at the University of Graz and the trial's lead investigator, presented the data at the congress.",
        'According to the congress organisers, Halvenor Therapeutics and Siemens took stands in the exhibition hall.',
      ].join('\n'),
    );
    expect(facts(doc)).toContain('person:matthias-reiter SPOKE_AT event:european-thoracic-oncology-congress');
    const described = doc.mentions.filter((m) => m.source === 'description').map((m) => m.text);
    expect(described).toEqual(['the congress']);
  });

  it('names an election after a country in the possessive ("Slovenia\'s parliamentary election") and holds it there', () => {
    const doc = extract(
      [
        "LJUBLJANA, Slovenia (Wire) — The centrist Civic Renewal party won Slovenia's parliamentary election on Sunday.",
        'Turnout was 68 percent, the electoral commission said.',
      ].join('\n'),
    );
    expect(names(doc, 'Event')).toEqual(["Slovenia's parliamentary election"]);
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'event:slovenia-s-parliamentary-election HELD_IN place:slovenia',
        'organization:civic-renewal PARTICIPATED_IN event:slovenia-s-parliamentary-election',
      ]),
    );
  });

  it('puts the smaller place inside the larger whichever way "the X district of Y" runs', () => {
    const doc = extract(
      [
        'Her townhouse in the Chomedey district of Laval burned down in January.',
        'The fire started in the Nairobi suburb of Ruiru on Monday.',
      ].join('\n'),
    );
    expect(facts(doc)).toEqual(expect.arrayContaining(['place:chomedey LOCATED_IN place:laval', 'place:ruiru LOCATED_IN place:nairobi']));
    expect(facts(doc)).not.toContain('place:laval LOCATED_IN place:chomedey');
  });

  it('never places a city-state inside itself', () => {
    const doc = extract('More than 300 delegates attended the Harbour Trade Forum in Singapore.');
    expect(doc.relations.filter((r) => r.subject === r.object)).toEqual([]);
  });

  it('takes a mine for a place, inside the region named after it', () => {
    const doc = extract('Workers at the Loma Roja copper mine in southern Peru went on strike on Monday.');
    expect(entity(doc, 'Loma Roja')?.type).toBe('Place');
    expect(facts(doc)).toContain('place:loma-roja LOCATED_IN place:peru');
  });

  it('keeps an event named by its place apart from a later event of the same kind', () => {
    const doc = extract(
      [
        "Ana Silva beat Germany's Lena Vogt 6-3, 6-4 on Sunday to win the Lisbon Open.",
        'Silva will rest before the Swiss Open next month.',
        'Organisers said 90,000 spectators attended the week-long event at the Estadio Nacional.',
      ].join('\n'),
    );
    expect(
      doc.entities
        .filter((e) => e.type === 'Event')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Lisbon Open', 'Swiss Open']);
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'person:ana-silva PARTICIPATED_IN event:lisbon-open',
        'person:lena-vogt PARTICIPATED_IN event:lisbon-open',
        'event:lisbon-open HELD_IN place:estadio-nacional',
      ]),
    );
    expect(facts(doc).filter((f) => f.includes('swiss-open HELD_IN'))).toEqual([]);
  });

  it('does not put one place inside the next in a list, but does in "city, country"', () => {
    const doc = extract('The chain has shops across Portugal, Spain and France.\nIts first shop opened in Porto, Portugal, in 1998.');
    expect(facts(doc).filter((f) => f.includes('LOCATED_IN'))).toEqual(['place:porto LOCATED_IN place:portugal']);
  });
  it("holds the story's event where the story was filed when no sentence says, but never a vote or a tour", () => {
    const filed = (event: string) =>
      extract([`LINDHOLM, Norway — Ana Ruiz won the ${event} on Sunday in record time.`, `The ${event} drew 9,000 runners.`].join('\n'));
    expect(facts(filed('Silver Coast Marathon'))).toContain('event:silver-coast-marathon HELD_IN place:lindholm');
    expect(facts(filed('Tour of the Fjords')).filter((f) => f.includes('HELD_IN'))).toEqual([]);
    const said = extract(
      [
        'LINDHOLM, Norway — Ana Ruiz won the Vestby Coast Marathon on Sunday.',
        'The Vestby Coast Marathon, held in Bergen, drew 9,000 runners.',
      ].join('\n'),
    );
    expect(facts(said).filter((f) => f.includes('HELD_IN'))).toEqual(['event:vestby-coast-marathon HELD_IN place:bergen']);
  });

  it('puts a place inside another in the order the text gives when the gazetteer knows only one of them', () => {
    const doc = extract('Mekong Tâm will build a 180 million dollar feed mill in Cần Thơ, in the Mekong Delta, to supply shrimp farms.');
    expect(facts(doc)).toContain('place:can-tho LOCATED_IN place:mekong-delta');
  });
  it('puts a venue the story names without saying where in the place it was filed from, and the event held there', () => {
    const doc = extract(
      [
        'LINDHOLM — About 900 delegates are attending the Fjord Workers Congress, which runs until Thursday at the Waterfront Conference Centre.',
        'The Fjord Workers Congress closes on Thursday.',
      ].join('\n'),
    );
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'place:waterfront-conference-centre LOCATED_IN place:lindholm',
        'event:fjord-workers-congress HELD_IN place:lindholm',
      ]),
    );
  });

  it('counts parks and grounds among venues, but not a national park', () => {
    const doc = extract(
      [
        'HEXHAM, England — Copper Tides will headline the Tarnside Festival in Ashgrove Park this summer.',
        'The Tarnside Festival sold out in May. Visitors often walk on to Kielder National Park.',
      ].join('\n'),
    );
    expect(facts(doc)).toEqual(
      expect.arrayContaining(['place:ashgrove-park LOCATED_IN place:hexham', 'event:tarnside-festival HELD_IN place:hexham']),
    );
    expect(facts(doc)).not.toContain('place:kielder-national-park LOCATED_IN place:hexham');
  });

  it('reads "said in a keynote at the show that …" as a talk at the show the article names', () => {
    const doc = extract(
      "The FacilityTech Expo opened on Tuesday. Nimbrel's chief executive, Dana Fairbrook, said in a keynote at the show that labor shortages had turned cleaning into a cost.",
    );
    expect(facts(doc)).toContain('person:dana-fairbrook SPOKE_AT event:facilitytech-expo');
  });

  it('puts no country inside another of a list ("…, Saudi Arabia and the United Arab Emirates") nor inside a town', () => {
    const doc = extract(
      [
        'Most of the drivers had worked in Kuwait, Saudi Arabia, the United Arab Emirates and Oman.',
        'The embassies of Kuwait, Saudi Arabia and the United Arab Emirates in Kathmandu did not comment.',
      ].join('\n'),
    );
    expect(facts(doc).filter((f) => f.includes('LOCATED_IN'))).toEqual([]);
  });
});
