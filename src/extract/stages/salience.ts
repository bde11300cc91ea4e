import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { leadOf } from '../doc-index.js';
import type { Entity } from '../types.js';

/**
 * Whether an article is about a broad topic ({ "broad": true } in topics.json: investment,
 * employment, trade…) rather than naming it in passing ("funding for the new stand"): the
 * headline or the first sentence of the body names it, or a fact ties it to something.
 */
function isSalient(entity: Entity, lead: number, factEnds: ReadonlySet<string>): boolean {
  return factEnds.has(entity.id) || entity.mentions.some((m) => m.sentence === 0 || m.sentence === lead);
}

/** Drops the broad topics an article only names in passing, with their mentions, before claims are read. */
export function createSalienceStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  const broad = new Set(gazetteer.topics.filter((t) => t.broad).map((t) => t.name));
  return {
    name: 'salience',
    requires: ['entities', 'relations'],
    assigns: ['entities', 'mentions'],
    run(doc) {
      const factEnds = new Set(doc.relations.flatMap((r) => [r.subject, r.object]));
      const lead = leadOf(doc.sentences);
      const passing = new Set(
        doc.entities.filter((e) => e.type === 'Topic' && broad.has(e.name) && !isSalient(e, lead, factEnds)).map((e) => e.key),
      );
      if (passing.size === 0) return doc;
      return {
        ...doc,
        entities: doc.entities.filter((e) => !passing.has(e.key)),
        mentions: doc.mentions.filter((m) => !m.entity || !passing.has(m.entity)),
      };
    },
  };
}
