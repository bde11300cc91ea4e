import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config/config.js';
import { connect } from '../bootstrap.js';
import { exportFile, parseExportFormat } from '../export/index.js';
import { ExportTooLargeError, exportAround } from '../graph/export-graph.js';
import { GraphReader } from '../graph/reader.js';
import { DEFAULT_LIMITS } from '../server/limits.js';

const USAGE = `usage: newsgraph export --seed <id> [--seed <id>…] [--depth 0-${DEFAULT_LIMITS.maxNeighborhoodDepth}] --format graphml|gexf|cytoscape|csv|jsonld|cypher [-o FILE]`;

/** `export`: a subgraph as a file (stdout without -o; CSV is a zip of both tables). */
export async function runExport(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { seed: { type: 'string', multiple: true }, depth: { type: 'string', default: '1' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } } });
  const format = parseExportFormat(values.format);
  const depth = Number(values.depth);
  if (!values.seed?.length || !format || !Number.isInteger(depth) || depth < 0 || depth > DEFAULT_LIMITS.maxNeighborhoodDepth) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const connection = await connect(config);
  try {
    const graph = await exportAround(new GraphReader(connection.graph), values.seed, depth, config.maxExportNodes);
    const file = exportFile(format, graph);
    if (values.output) writeFileSync(values.output, file.body);
    else process.stdout.write(file.body);
    process.stderr.write(`Exported ${graph.nodes.length} nodes and ${graph.edges.length} relationships as ${format.toLowerCase()}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportTooLargeError)) throw error;
    process.stderr.write(`newsgraph: ${error.message}\n`);
    return 1;
  } finally {
    await connection.close();
  }
}
