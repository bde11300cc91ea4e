import { createPipeline } from '../../src/extract/pipeline.js';
import type { Doc } from '../../src/extract/types.js';

const pipeline = createPipeline();

/** Runs invented body text through the whole pipeline under a neutral headline. */
export const extract = (body: string): Doc => pipeline.run({ title: 'Business news', body });

export const entity = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

/** The names of the entities of one kind, sorted. */
export const names = (doc: Doc, type: string): string[] =>
  doc.entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

/** Each fact as "subject PREDICATE object (role)", for readable assertions. */
export const facts = (doc: Doc): string[] =>
  doc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}${r.properties.role ? ` (${r.properties.role})` : ''}`);
