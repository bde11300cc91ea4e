import type { ExportGraph } from '../../src/export/types.js';

/** Names that break naive writers: quotes, ampersands, angle brackets, commas, newlines, semicolons, other scripts. */
export const TRICKY = {
  person: 'Zoë "Zed" O\'Brien, Jr.',
  org: 'Smith & Sons <Holdings>; Ltd',
  event: 'Forum\nline two',
  place: '北京市',
  arabic: 'القاهرة',
};

export const smallGraph: ExportGraph = {
  nodes: [
    { id: 'person:zoe-obrien', kind: 'Person', name: TRICKY.person, aliases: ['Zoë', "O'Brien, Z."], mentionCount: 3 },
    { id: 'organization:smith-and-sons', kind: 'Organization', name: TRICKY.org, aliases: [], mentionCount: 2 },
    { id: 'event:forum', kind: 'Event', name: TRICKY.event, aliases: ['the "forum"'], mentionCount: 1 },
    { id: 'place:北京市', kind: 'Place', name: TRICKY.place, aliases: ['Beijing'], mentionCount: 4 },
    { id: 'place:cairo', kind: 'Place', name: TRICKY.arabic, aliases: [], mentionCount: 1 },
  ],
  edges: [
    {
      id: 'person:zoe-obrien|AFFILIATED_WITH|organization:smith-and-sons',
      type: 'AFFILIATED_WITH',
      source: 'person:zoe-obrien',
      target: 'organization:smith-and-sons',
      role: 'chief "fun" officer',
      confidence: 0.9,
      evidence: ['She said, "a < b & c".'],
      evidenceIds: ['article:x#1'],
      articles: ['Title, with comma'],
    },
    {
      id: 'event:forum|HELD_IN|place:北京市',
      type: 'HELD_IN',
      source: 'event:forum',
      target: 'place:北京市',
      role: null,
      confidence: 0.75,
      evidence: ['Line one\nline two; three'],
      evidenceIds: ['article:x#2'],
      articles: ['Title, with comma'],
    },
  ],
  claims: [
    {
      id: 'claim:abc',
      text: 'Growth & "jobs" will rise',
      sentence: 'Zoë said growth & "jobs" will rise.',
      form: 'indirect',
      speaker: 'person:zoe-obrien',
      source: null,
      about: ['organization:smith-and-sons'],
      articleTitle: 'Title, with comma',
      articleUrl: null,
    },
    {
      id: 'claim:def',
      text: 'Prices will fall',
      sentence: 'Analysts at two banks said prices will fall.',
      form: 'indirect',
      speaker: null,
      source: 'Analysts at two banks',
      about: [],
      articleTitle: 'Title, with comma',
      articleUrl: null,
    },
  ],
};
