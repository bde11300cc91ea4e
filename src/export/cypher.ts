import type { ExportGraph } from './types.js';
import { roundConfidence } from './confidence.js';

const LABELS = new Set(['Person', 'Organization', 'Event', 'Place', 'Industry', 'Topic']);
const TYPE = /^[A-Z][A-Z_]*$/;

/** Characters other tools take for line ends (Python's `splitlines`, JavaScript's line terminators): written as escapes, so the script stays one statement a line. */
// eslint-disable-next-line no-control-regex -- the control characters are what this matches
const OTHER_LINE_BREAKS = /[\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/g;

/** A Cypher string literal: the script has no parameters, so every value is escaped here. */
export function cypherString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(OTHER_LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

const list = (items: string[]) => `[${items.map(cypherString).join(', ')}]`;

/** A float as Cypher reads it: `1` would store an integer beside the other facts' floats (a co-mention's confidence is 1). */
const floatLiteral = (value: number) => (Number.isInteger(value) ? value.toFixed(1) : String(value));

/**
 * A parameter-free script of MERGE statements, one per line, that rebuilds the subgraph
 * in an empty Neo4j (run it with cypher-shell, or statement by statement).
 */
export function toCypher(graph: ExportGraph): string {
  const lines = ['CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;'];
  for (const n of graph.nodes) {
    if (!LABELS.has(n.kind)) throw new Error(`unexpected kind ${n.kind}`);
    lines.push(
      `MERGE (n:Entity {id: ${cypherString(n.id)}}) SET n:${n.kind}, n.name = ${cypherString(n.name)}, n.kind = ${cypherString(n.kind)}, n.aliases = ${list(n.aliases)}, n.mentionCount = ${Math.trunc(n.mentionCount)};`,
    );
  }
  for (const e of graph.edges) {
    if (!TYPE.test(e.type)) throw new Error(`unexpected relationship type ${e.type}`);
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(e.source)}}), (b:Entity {id: ${cypherString(e.target)}}) MERGE (a)-[r:${e.type}]->(b) SET r.id = ${cypherString(e.id)}, r.role = ${e.role === null ? 'null' : cypherString(e.role)}, r.confidence = ${floatLiteral(roundConfidence(Number(e.confidence)))}, r.evidence = ${list(e.evidence)}, r.articles = ${list(e.articles)}${e.weight !== undefined ? `, r.weight = ${Math.trunc(e.weight)}` : ''};`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Splits a script from toCypher back into statements (one per line). */
export const cypherStatements = (script: string) =>
  script
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.replace(/;\s*$/, ''));
