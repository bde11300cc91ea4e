import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cytoscape from 'cytoscape';
import jsonld from 'jsonld';

const PYTHON = '/usr/bin/python3'; // Debian's, where python3-networkx is installed

export interface NetworkxView {
  nodes: number;
  edges: number;
  names: Record<string, string>;
  edgeData: Array<Record<string, unknown>>;
}

/** Reads a GraphML or GEXF document with NetworkX in a Python subprocess. */
export function readWithNetworkx(content: string, kind: 'graphml' | 'gexf'): NetworkxView {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-nx-'));
  const file = path.join(dir, `graph.${kind}`);
  writeFileSync(file, content);
  const out = execFileSync(PYTHON, [path.join(import.meta.dirname, 'read_with_networkx.py'), file, kind], { encoding: 'utf8' });
  return JSON.parse(out) as NetworkxView;
}

/** Loads Cytoscape JSON into a headless Cytoscape.js instance. */
export function readWithCytoscape(content: string) {
  const parsed = JSON.parse(content) as { elements: cytoscape.ElementsDefinition };
  const cy = cytoscape({ headless: true, elements: parsed.elements });
  return { nodes: cy.nodes().length, edges: cy.edges().length, cy };
}

/** Expands JSON-LD with jsonld.js, refusing any remote document (the context is inline). */
export async function expandJsonLd(content: string) {
  const documentLoader = async (url: string) => {
    throw new Error(`JSON-LD tried to fetch ${url}`);
  };
  return jsonld.expand(JSON.parse(content), { documentLoader: documentLoader as never });
}
