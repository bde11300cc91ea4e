import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config/config.js';
import { connect } from '../bootstrap.js';
import { exportFile, parseExportFormat } from '../export/index.js';
import { exportAround } from '../graph/export-graph.js';
import { GraphReader } from '../graph/reader.js';
import { DEFAULT_LIMITS } from '../api/limits.js';
import { UsageError, type OptionValues } from './command.js';

/** `export`: a subgraph as a file (stdout without -o; CSV is a zip of both tables). */
export async function runExport(values: OptionValues): Promise<number> {
  const seeds = (values.seed as string[] | undefined) ?? [];
  const format = parseExportFormat(values.format as string | undefined);
  const depth = Number(values.depth);
  const max = DEFAULT_LIMITS.maxNeighborhoodDepth;
  if (!seeds.length) throw new UsageError('name at least one --seed ID (see newsgraph export --help)');
  if (!format) throw new UsageError(`--format must be graphml, gexf, cytoscape, csv, jsonld or cypher (see newsgraph export --help)`);
  if (!Number.isInteger(depth) || depth < 0 || depth > max)
    throw new UsageError(`--depth must be an integer from 0 to ${max} (see newsgraph export --help)`);
  const config = loadConfig();
  const connection = await connect(config);
  try {
    const graph = await exportAround(new GraphReader(connection.graph), seeds, depth, config.maxExportNodes);
    const file = exportFile(format, graph);
    const output = values.output as string | undefined;
    if (output) writeFileSync(output, file.body);
    else process.stdout.write(file.body);
    process.stderr.write(`Exported ${graph.nodes.length} nodes and ${graph.edges.length} relationships as ${format.toLowerCase()}.\n`);
    return 0;
  } finally {
    await connection.close();
  }
}
