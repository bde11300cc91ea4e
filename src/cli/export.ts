import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config/config.js';
import { connect } from '../bootstrap.js';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../export/index.js';
import { exportGraphOf } from '../graph/export-graph.js';
import { GraphReader } from '../graph/reader.js';

const USAGE = 'usage: newsgraph export --seed <id> [--seed <id>…] [--depth 2] --format graphml|gexf|cytoscape|csv|jsonld|cypher [-o FILE]';

/** `export`: a subgraph as a file (stdout without -o; CSV is a zip of both tables). */
export async function runExport(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { seed: { type: 'string', multiple: true }, depth: { type: 'string', default: '1' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } } });
  const format = values.format?.toUpperCase();
  const depth = Number(values.depth);
  if (!values.seed?.length || !format || !(EXPORT_FORMATS as readonly string[]).includes(format) || !Number.isInteger(depth) || depth < 0 || depth > 3) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const connection = await connect(config);
  try {
    const reader = new GraphReader(connection.graph);
    const subgraph = await reader.subgraph(values.seed, depth, config.maxExportNodes, null, null);
    if (subgraph.truncated) {
      process.stderr.write(`newsgraph: the export would hold more than ${config.maxExportNodes} nodes; lower --depth or set NEWSGRAPH_MAX_EXPORT_NODES.\n`);
      return 1;
    }
    const file = exportFile(format as ExportFormat, await exportGraphOf(reader, subgraph));
    if (values.output) writeFileSync(values.output, file.body);
    else process.stdout.write(file.body);
    process.stderr.write(`Exported ${subgraph.nodes.length} nodes and ${subgraph.relationships.length} relationships as ${format.toLowerCase()}.\n`);
    return 0;
  } finally {
    await connection.close();
  }
}
