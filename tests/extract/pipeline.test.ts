import { describe, expect, it } from 'vitest';
import { checkStageOrder, PipelineError, type Stage } from '../../src/extract/stage.js';
import { createPipeline } from '../../src/extract/pipeline.js';

describe('pipeline', () => {
  it('refuses a stage whose requirements no earlier stage assigns', () => {
    const stages = createPipeline().stages;
    const named = (name: string) => stages.find((s) => s.name === name)!;
    // The type stage before the mentions stage it reads.
    const swapped: Stage[] = [named('segment'), named('ner'), named('type'), named('mentions')];
    expect(() => checkStageOrder(swapped)).toThrow(PipelineError);
    expect(() => checkStageOrder(swapped)).toThrow(/requires mentions/);
  });

  it('gives every entity one of the six kinds and every relation end an entity id', () => {
    const doc = createPipeline().run({
      title: 'Leaders meet',
      body: 'Jane Doe, the chief executive of Acme Corp, spoke at the Global Energy Summit in Oslo, Norway.',
    });
    const ids = new Set(doc.entities.map((e) => e.id));
    // Empty output would pass the checks below: the sentence holds a person, an organisation, an event and two places.
    expect(doc.entities.length).toBeGreaterThanOrEqual(4);
    expect(doc.relations.length).toBeGreaterThanOrEqual(1);
    for (const r of doc.relations) {
      expect(ids.has(r.subject)).toBe(true);
      expect(ids.has(r.object)).toBe(true);
    }
    expect(doc.entities.every((e) => ['Person', 'Organization', 'Event', 'Place', 'Industry', 'Topic'].includes(e.type))).toBe(true);
  });
});
