import type { ExportGraph } from './types.js';
import { roundConfidence } from './confidence.js';

/** Array cells use `;` between items, as `neo4j-admin database import` expects by default. */
const ARRAY_DELIMITER = ';';

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const arrayCell = (items: string[]) => cell(items.map((i) => i.replace(new RegExp(ARRAY_DELIMITER, 'g'), ',')).join(ARRAY_DELIMITER));

/** nodes.csv in the `neo4j-admin database import` layout (`:ID`, typed columns, `:LABEL`). */
export function toNodesCsv(graph: ExportGraph): string {
  const rows = ['id:ID,name,kind,aliases:string[],mentionCount:int,:LABEL'];
  for (const n of graph.nodes)
    rows.push([cell(n.id), cell(n.name), cell(n.kind), arrayCell(n.aliases), cell(n.mentionCount), cell(`Entity;${n.kind}`)].join(','));
  return `${rows.join('\n')}\n`;
}

/** relationships.csv in the same layout (`:START_ID`, `:END_ID`, `:TYPE`). */
export function toRelationshipsCsv(graph: ExportGraph): string {
  const rows = [':START_ID,:END_ID,:TYPE,id,role,confidence:double,evidence:string[],articles:string[],weight:int'];
  for (const e of graph.edges) {
    rows.push(
      [
        cell(e.source),
        cell(e.target),
        cell(e.type),
        cell(e.id),
        cell(e.role),
        cell(roundConfidence(e.confidence)),
        arrayCell(e.evidence),
        arrayCell(e.articles),
        cell(e.weight ?? null),
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

export const CSV_ARRAY_DELIMITER = ARRAY_DELIMITER;
