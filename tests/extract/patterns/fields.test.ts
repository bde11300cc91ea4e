/**
 * Fields a body works on, named in words after a cue rather than listed in the curated vocabulary: an
 * open set of industries and topics ("campaigns against light pollution", "represents firms in the
 * signage industry", "a professional body for piano tuning"), and the phrases that only look like one.
 */
import { describe, expect, it } from 'vitest';
import { extract, entity, facts } from '../../helpers/extract.js';

describe('fields named after a cue', () => {
  it('reads the phrase after "campaigns against", "which works on" or "a research firm that tracks" as a topic the body focuses on', () => {
    const doc = extract(
      [
        'Dark Fells Trust, a charity that campaigns against light pollution, welcomed the plan.',
        'Hedgerow Futures, which works on hedgerow restoration, planted 40 kilometres last winter.',
        'According to Larder Analytics, a research firm that tracks food prices, a school lunch costs 38 per cent more than in 2021.',
      ].join('\n\n'),
    );
    expect(entity(doc, 'light pollution')?.type).toBe('Topic');
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'organization:dark-fells-trust FOCUSES_ON topic:light-pollution',
        'organization:hedgerow-futures FOCUSES_ON topic:hedgerow-restoration',
        'organization:larder-analytics FOCUSES_ON topic:food-prices',
      ]),
    );
  });

  it('reads the trade a body represents or is a body for as an industry, with "industry" kept in its name where the text says it', () => {
    const doc = extract(
      [
        'The National Signage Council, which represents firms in the signage industry, said demand was rising.',
        'The Forest Workers Association, which represents about 400 people working in forestry, said the rules were weak.',
        'According to the Keyboard Craft Guild, a professional body for piano tuning, its membership has halved.',
      ].join('\n\n'),
    );
    expect(entity(doc, 'signage industry')?.type).toBe('Industry');
    expect(facts(doc)).toEqual(
      expect.arrayContaining([
        'organization:national-signage-council FOCUSES_ON industry:signage-industry',
        'organization:forest-workers-association FOCUSES_ON industry:forestry',
        'organization:keyboard-craft-guild FOCUSES_ON industry:piano-tuning',
      ]),
    );
  });

  it('reads "the spice trade" as an industry, but not "the free trade deal", "the island\'s gem trade" whole, or a curated one (logistics, read as transportation) again', () => {
    const doc = extract(
      [
        'The Independent Vape Retailers Forum, which represents the vaping trade, says licensing would help.',
        "Prices in the spice trade fell, and the free trade deal was signed. The island's gem trade slowed.",
        'Hauliers in the logistics trade warned of delays.',
      ].join('\n\n'),
    );
    const fields = doc.entities.filter((e) => e.type === 'Industry').map((e) => e.name);
    expect(fields).toEqual(expect.arrayContaining(['vaping trade', 'spice trade', 'gem trade', 'transportation']));
    for (const name of ['free trade', "island's gem trade", 'logistics trade']) expect(fields).not.toContain(name);
    expect(facts(doc)).toContain('organization:independent-vape-retailers-forum FOCUSES_ON industry:vaping-trade');
  });

  it('takes no field from people, places, an adjective of a longer phrase or a noun with its complement', () => {
    const doc = extract(
      [
        'The Guild of Welsh Craft Brewers, a trade body for independent brewers, said sales fell.',
        'Fairshore Union, which represents staff in two towns, said pay had to rise.',
        'The complaint was brought by Fair Signal, which campaigns for mobile and broadband customers.',
        'Datavrij, which campaigns against the commercial use of health data, said the fine was too small.',
      ].join('\n\n'),
    );
    const fields = doc.entities.filter((e) => e.type === 'Topic' || e.type === 'Industry').map((e) => e.name);
    for (const phrase of ['independent brewers', 'two towns', 'mobile', 'commercial use']) expect(fields).not.toContain(phrase);
    expect(facts(doc).filter((f) => f.includes('FOCUSES_ON'))).toEqual([]);
  });
});
