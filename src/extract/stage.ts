import type { Doc } from './types.js';

/** What a stage reads from or writes to the Doc. */
export type DocField = 'text' | 'sentences' | 'tokens' | 'names' | 'mentions' | 'types' | 'entities' | 'relations' | 'claims';

/** One pure step of the pipeline: Doc in, Doc out, like a spaCy component. */
export interface Stage {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  run(doc: Doc): Doc;
}

export class PipelineError extends Error {
  override name = 'PipelineError';
}

/** Checks, before any text runs, that each stage's requirements are assigned by an earlier one. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const assigned = new Set<DocField>(['text']);
  for (const stage of stages) {
    const missing = stage.requires.filter((field) => !assigned.has(field));
    if (missing.length > 0) {
      throw new PipelineError(`Stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns; move it later.`);
    }
    stage.assigns.forEach((field) => assigned.add(field));
  }
}
