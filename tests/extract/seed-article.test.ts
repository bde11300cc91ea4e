import { describe, expect, it } from 'vitest';
import { extract, readTxt, relationTriples, SEED_FILE } from '../helpers/corpus.js';

const doc = extract(readTxt(SEED_FILE));
const entity = (id: string) => doc.entities.find((e) => e.id === id);

describe('the seed article', () => {
  it('finds the people, organisations, event and places with their kinds', () => {
    expect(entity('person:wu')?.type).toBe('Person');
    expect(entity('organization:alibaba')?.type).toBe('Organization');
    expect(entity('organization:news-directory-3')?.type).toBe('Organization');
    expect(entity('event:world-internet-conference')?.aliases).toContain('Wuzhen summit');
    expect(entity('place:wuzhen')?.type).toBe('Place');
    expect(entity('place:zhejiang')?.type).toBe('Place');
  });

  it('finds the four industries and the AI topics', () => {
    for (const id of ['industry:healthcare', 'industry:finance', 'industry:manufacturing', 'industry:retail'])
      expect(entity(id)).toBeDefined();
    for (const id of [
      'topic:artificial-intelligence',
      'topic:ai-infrastructure',
      'topic:open-source-ai-models',
      'topic:responsible-ai',
      'topic:ai-governance',
    ]) {
      expect(entity(id), id).toBeDefined();
    }
  });

  it('links them with evidence-backed facts', () => {
    const triples = relationTriples(doc);
    expect(triples).toEqual(
      expect.arrayContaining([
        'person:wu AFFILIATED_WITH organization:alibaba',
        'person:wu SPOKE_AT event:world-internet-conference',
        'event:world-internet-conference HELD_IN place:wuzhen',
        'place:wuzhen LOCATED_IN place:zhejiang',
        'organization:alibaba OFFERS topic:open-source-ai-models',
      ]),
    );
    const affiliation = doc.relations.find((r) => r.predicate === 'AFFILIATED_WITH');
    expect(affiliation?.properties.role).toBe('representative');
    expect(affiliation?.evidence[0]?.text).toContain('a representative from the company');
  });

  it("resolves 'He stated…' to Wu and keeps the exact sentence", () => {
    const claim = doc.claims.find((c) => c.text.startsWith('AI will significantly improve productivity'));
    expect(claim?.speaker).toBe('person:wu');
    expect(claim?.form).toBe('indirect');
    expect(claim?.sentence).toBe('He stated that AI will significantly improve productivity globally over the next thirty years.');
  });

  it("takes Wu's interview answers as claims, and no interviewer question", () => {
    const interview = doc.claims.filter((c) => c.form === 'interview');
    expect(interview.length).toBeGreaterThanOrEqual(8);
    expect(interview.every((c) => c.speaker === 'person:wu')).toBe(true);
    expect(doc.claims.some((c) => c.sentence.includes('?'))).toBe(false);
    expect(doc.claims.some((c) => /thank you for having me/i.test(c.sentence))).toBe(false);
    const healthcare = doc.claims.find((c) => c.sentence.startsWith('For instance, in healthcare'));
    expect(healthcare?.about).toContain('industry:healthcare');
  });
});
