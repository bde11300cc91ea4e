import type { ExportGraph } from './types.js';
import { roundConfidence } from './confidence.js';

/**
 * Array cells use `|` between items (`neo4j-admin database import --array-delimiter='|'`): the
 * importer's default `;` is common in news sentences and cannot be escaped, so items holding it
 * were altered. An item's own `|` (rare in text) becomes `/`.
 */
const ARRAY_DELIMITER = '|';
/** Starts a CSV file (not the GraphQL string) so spreadsheets read it as UTF-8: without it they assume a legacy code page. */
export const CSV_FILE_START = '\uFEFF';
/** What a spreadsheet takes for a formula at a cell's start (OWASP's list: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell of words from articles: one a spreadsheet would run as a formula ("=cmd|…", "- Shares fell") starts with `'`. */
const textCell = (text: string | null) => cell(text !== null && FORMULA_START.test(text) ? `'${text}` : text);

const arrayCell = (items: string[]) => textCell(items.map((i) => i.replaceAll(ARRAY_DELIMITER, '/')).join(ARRAY_DELIMITER));

/** nodes.csv in the `neo4j-admin database import` layout (`:ID`, typed columns, `:LABEL`). */
export function toNodesCsv(graph: ExportGraph): string {
  const rows = ['id:ID,name,kind,aliases:string[],mentionCount:int,:LABEL'];
  for (const n of graph.nodes)
    rows.push(
      [
        cell(n.id),
        textCell(n.name),
        cell(n.kind),
        arrayCell(n.aliases),
        cell(n.mentionCount),
        cell(`Entity${ARRAY_DELIMITER}${n.kind}`),
      ].join(','),
    );
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
        textCell(e.role),
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
