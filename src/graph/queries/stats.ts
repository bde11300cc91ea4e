import { ENTITY, storeCount } from './projections.js';
import { CLAIM_FORM_LABELS, ENTITY_KINDS } from '../migrations.js';
import { CLAIM_FORMS, PREDICATES } from '../../extract/types.js';

const kinds = [...ENTITY_KINDS].sort();
const types = [...PREDICATES].sort();

/**
 * Every dashboard total in one round trip, each from Neo4j's count store (per label and
 * per relationship type, claims per form label), so the cost does not grow with the graph.
 * Labels and types come from the fixed lists only.
 */
export const STATS = `
${storeCount('articles', '(:Article)')}
${storeCount('sentences', '(:Sentence)')}
${storeCount('claims', '(:Claim)')}
${kinds.map((k) => storeCount(`kind_${k}`, `(:${k})`)).join('\n')}
${types.map((t) => storeCount(`type_${t}`, `()-[:${t}]->()`)).join('\n')}
${CLAIM_FORMS.map((f) => storeCount(`form_${f}`, `(:${CLAIM_FORM_LABELS[f]})`)).join('\n')}
RETURN articles, sentences, claims,
  [x IN [${kinds.map((k) => `{ key: '${k}', count: kind_${k} }`).join(', ')}] WHERE x.count > 0] AS entitiesByKind,
  [x IN [${types.map((t) => `{ key: '${t}', count: type_${t} }`).join(', ')}] WHERE x.count > 0] AS relationshipsByType,
  [x IN [${CLAIM_FORMS.map((f) => `{ key: '${f}', count: form_${f} }`).join(', ')}] WHERE x.count > 0] AS claimsByForm`;

/** In mention-count index order (see ENTITY_PAGE_BY_MENTIONS). */
export const TOP_ENTITIES = `
MATCH (e:Entity)
WHERE e.mentionCount >= 0 AND ($kind IS NULL OR e.kind = $kind)
WITH e ORDER BY e.mentionCount DESC, e.id LIMIT $first
RETURN ${ENTITY('e')} AS entity`;
