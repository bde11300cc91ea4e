import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNodesCsv, toRelationshipsCsv } from '../../src/export/csv.js';
import { exportFile } from '../../src/export/index.js';
import { toCypher } from '../../src/export/cypher.js';
import { toCytoscape } from '../../src/export/cytoscape.js';
import { toGEXF } from '../../src/export/gexf.js';
import { toGraphML } from '../../src/export/graphml.js';
import { toJsonLd } from '../../src/export/jsonld.js';
import { FIXTURES } from '../helpers/corpus.js';
import { expandJsonLd, readWithCytoscape, readWithNetworkx } from '../helpers/consumers.js';
import { smallGraph, TRICKY } from '../helpers/export-fixture.js';

const outputs: Record<string, string> = {
  graphml: toGraphML(smallGraph),
  gexf: toGEXF(smallGraph),
  cyjs: toCytoscape(smallGraph),
  'nodes.csv': toNodesCsv(smallGraph),
  'relationships.csv': toRelationshipsCsv(smallGraph),
  jsonld: toJsonLd(smallGraph),
  cypher: toCypher(smallGraph),
};

describe('export writers', () => {
  // Golden files keep the formats in step; UPDATE_GOLDEN=1 rewrites them after a deliberate change.
  // A missing golden file fails: writing it here would let the test pass on whatever came out.
  it.each(Object.keys(outputs))('matches the golden small.%s', (ext) => {
    const file = path.join(FIXTURES, 'export', `small.${ext}`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, outputs[ext]!);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 after checking the output by hand`).toBe(true);
    expect(outputs[ext]).toBe(readFileSync(file, 'utf8'));
  });

  it('GraphML and GEXF read back in NetworkX with every name unchanged', () => {
    for (const kind of ['graphml', 'gexf'] as const) {
      const view = readWithNetworkx(outputs[kind]!, kind);
      expect(view.nodes).toBe(smallGraph.nodes.length);
      expect(view.edges).toBe(smallGraph.edges.length);
      for (const node of smallGraph.nodes) expect(view.names[node.id], `${kind} ${node.id}`).toBe(node.name);
    }
    const graphml = readWithNetworkx(outputs.graphml!, 'graphml');
    expect(graphml.edgeData.find((e) => e.type === 'AFFILIATED_WITH')).toMatchObject({
      role: 'chief "fun" officer',
      confidence: 0.9,
      evidence: 'She said, "a < b & c".',
    });
  });

  it('Cytoscape JSON loads in headless Cytoscape.js', () => {
    const { nodes, edges, cy } = readWithCytoscape(outputs.cyjs!);
    expect([nodes, edges]).toEqual([5, 2]);
    expect(cy.getElementById('organization:smith-and-sons').data('name')).toBe(TRICKY.org);
    expect(cy.getElementById('event:forum').data('name')).toBe(TRICKY.event);
  });

  it('JSON-LD expands with schema.org types and claims with author and appearance', async () => {
    const expanded = (await expandJsonLd(outputs.jsonld!)) as Array<Record<string, any>>;
    const typeOf = (name: string) => expanded.find((n) => n['https://schema.org/name']?.[0]?.['@value'] === name)?.['@type'];
    expect(typeOf(TRICKY.person)).toEqual(['https://schema.org/Person']);
    expect(typeOf(TRICKY.org)).toEqual(['https://schema.org/Organization']);
    expect(typeOf(TRICKY.place)).toEqual(['https://schema.org/Place']);
    const claim = expanded.find((n) => n['@type']?.includes('https://schema.org/Claim'))!;
    expect(claim['https://schema.org/author'][0]['@id']).toBe('urn:newsgraph:person%3Azoe-obrien');
    expect(claim['https://schema.org/appearance'][0]['https://schema.org/text'][0]['@value']).toBe('Zoë said growth & "jobs" will rise.');
    const unnamed = expanded.find((n) => n['@id'] === 'urn:newsgraph:claim%3Adef')!;
    expect(unnamed['https://schema.org/author']).toBeUndefined();
    expect(unnamed['https://newsgraph.dev/vocab#source'][0]['@value']).toBe('Analysts at two banks');
  });

  it('keeps the Cypher script one statement a line when a name holds a line separator', () => {
    const script = toCypher({
      ...smallGraph,
      nodes: smallGraph.nodes.map((n, i) => (i === 0 ? { ...n, name: 'Ana\u2028Lima\u0085' } : n)),
    });
    expect(script).not.toMatch(/[\u2028\u0085]/);
    expect(script).toContain("'Ana\\u2028Lima\\u0085'");
    expect(script.split('\n').length).toBe(toCypher(smallGraph).split('\n').length);
  });

  it('writes every confidence in the Cypher script as a float, a whole one too', () => {
    const script = toCypher({ ...smallGraph, edges: smallGraph.edges.map((e) => ({ ...e, confidence: 1 })) });
    expect(script).toContain('r.confidence = 1.0,');
    expect(script).not.toMatch(/r\.confidence = 1,/);
  });

  it('JSON-LD links co-mentioned entities by id, not by a string', async () => {
    const [a, b] = smallGraph.nodes;
    const coMention = { ...smallGraph.edges[0]!, id: 'x', type: 'CO_MENTIONED', source: a!.id, target: b!.id, weight: 2 };
    const expanded = (await expandJsonLd(toJsonLd({ ...smallGraph, edges: [coMention] }))) as Array<Record<string, any>>;
    const source = expanded.find((n) => n['@id'] === `urn:newsgraph:${encodeURIComponent(a!.id)}`)!;
    expect(source['https://newsgraph.dev/vocab#CO_MENTIONED']).toEqual([{ '@id': `urn:newsgraph:${encodeURIComponent(b!.id)}` }]);
  });

  it('refuses labels and types outside the fixed lists in the Cypher script', () => {
    expect(() => toCypher({ ...smallGraph, nodes: [{ ...smallGraph.nodes[0]!, kind: 'Person) DETACH DELETE (x' }] })).toThrow(
      /unexpected kind/,
    );
    expect(() => toCypher({ ...smallGraph, edges: [{ ...smallGraph.edges[0]!, type: 'X]->() DELETE' }] })).toThrow(
      /unexpected relationship type/,
    );
  });
});

describe('confidences in every format', () => {
  // 0.89 and 0.7 as the extractor computes them: products of rule weights.
  const noisy = {
    ...smallGraph,
    edges: smallGraph.edges.map((e, i) => ({ ...e, confidence: i === 0 ? 0.1 * 8.9 : 0.7 * 1.0000000000000002 })),
  };
  const files: Record<string, string> = {
    graphml: toGraphML(noisy),
    gexf: toGEXF(noisy),
    cyjs: toCytoscape(noisy),
    'relationships.csv': toRelationshipsCsv(noisy),
    cypher: toCypher(noisy),
  };

  it.each(Object.keys(files))('are rounded to 3 places in %s', (ext) => {
    expect(noisy.edges[0]!.confidence).not.toBe(0.89);
    const text = files[ext]!;
    expect(text).not.toMatch(/\d\.\d{4,}/);
    expect(text).toContain('0.89');
    expect(text).toContain('0.7');
  });
});

describe('CSV for spreadsheets and neo4j-admin', () => {
  const risky = {
    ...smallGraph,
    nodes: smallGraph.nodes.map((n, i) => (i === 0 ? { ...n, name: '=HYPERLINK("http://x.test","y")', aliases: ['@Home Ltd', 'A|B'] } : n)),
    edges: smallGraph.edges.map((e, i) =>
      i === 0 ? { ...e, evidence: ['- Shares fell 3%; bonds rose.'], articles: ['+SUM(1,2) in talks'] } : e,
    ),
  };
  const cellsOf = (csv: string) => csv.split('\n')[1]!;

  it('starts every text cell a spreadsheet would run as a formula with an apostrophe', () => {
    const nodes = cellsOf(toNodesCsv(risky));
    expect(nodes).toContain(`"'=HYPERLINK(""http://x.test"",""y"")"`);
    expect(nodes).toContain("'@Home Ltd|A/B");
    const relationships = cellsOf(toRelationshipsCsv(risky));
    expect(relationships).toContain("'- Shares fell 3%; bonds rose.");
    expect(relationships).toContain(`"'+SUM(1,2) in talks"`);
  });

  it('keeps semicolons in text, and marks the downloaded files as UTF-8 and dates them validly', () => {
    expect(toRelationshipsCsv(risky)).toContain('3%; bonds');
    const zip = exportFile('CSV', risky).body as Buffer;
    const utf8Mark = Buffer.from('\uFEFF', 'utf8');
    for (const header of ['id:ID,', ':START_ID,']) expect(zip.includes(Buffer.concat([utf8Mark, Buffer.from(header)]))).toBe(true);
    // The first file's DOS date (local header, offset 12): day 1, month 1 of 1980, not the invalid 1980-00-00.
    expect(zip.readUInt16LE(12)).toBe(0x21);
  });
});
