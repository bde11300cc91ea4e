import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, FIXTURES, readTxt, relationTriples } from '../helpers/corpus.js';

// An article the rules were not written against: the same code must carry over.
const doc = extract(readTxt(path.join(FIXTURES, 'articles', 'hannover-factory-ai.txt')));
const typeOf = (id: string) => doc.entities.find((e) => e.id === id)?.type;

describe('an unseen article', () => {
  it('types people, organisations, the event and places', () => {
    expect(typeOf('person:roland-busch')).toBe('Person');
    expect(typeOf('person:maria-keller')).toBe('Person');
    expect(typeOf('organization:siemens')).toBe('Organization');
    expect(typeOf('organization:commerzbank')).toBe('Organization');
    expect(typeOf('event:hannover-messe')).toBe('Event');
    expect(typeOf('place:germany')).toBe('Place');
  });

  it('reads roles from appositions', () => {
    const triples = relationTriples(doc);
    expect(triples).toContain('person:roland-busch AFFILIATED_WITH organization:siemens');
    expect(triples).toContain('person:maria-keller AFFILIATED_WITH organization:commerzbank');
    const ceo = doc.relations.find((r) => r.subject === 'person:roland-busch' && r.predicate === 'AFFILIATED_WITH');
    expect(ceo?.properties.role).toBe('chief executive');
  });

  it('attributes a direct quote to its speaker by surname', () => {
    const quote = doc.claims.find((c) => c.form === 'direct');
    expect(quote?.speaker).toBe('person:roland-busch');
    expect(quote?.quote).toBe('Every factory will have an AI co-pilot within five years,');
  });

  it('resolves "She noted…" to the last person named', () => {
    const claim = doc.claims.find((c) => c.sentence.startsWith('She noted'));
    expect(claim?.speaker).toBe('person:maria-keller');
  });
});
