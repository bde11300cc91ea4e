/** Every `newsgraph` command and sub-command: usage, options, and a lazily loaded runner. */
import type { CommandSpec } from './command.js';

const FORMATS = 'graphml|gexf|cytoscape|csv|jsonld|cypher';
const NEO4J_ENV = `Neo4j: NEO4J_URI to use your own server; unset, the bundled one is used — the one
already running for this data folder (npm start, newsgraph neo4j start) if there is one,
else started for the command and stopped after it.`;

const serve: CommandSpec = {
  name: 'serve',
  summary: 'start Neo4j if needed, seed, and serve the API (npm start)',
  usage: `usage: newsgraph serve [--no-seed]

Serves /graphql, the playground at /, the explorer at /explore and /export on PORT (4000).
  --no-seed    do not load seed/articles first (npm run serve)
  -h, --help   show this help

${NEO4J_ENV}`,
  options: { seed: { type: 'boolean', default: true } },
  run: async (values) => (await import('./serve.js')).runServe({ seed: values.seed !== false }),
};

const seed: CommandSpec = {
  name: 'seed',
  summary: 'load seed/articles into Neo4j',
  usage: `usage: newsgraph seed

Loads seed/articles (idempotent: twice leaves the same graph) and prints what the run
created and what the graph now holds.
  -h, --help   show this help

${NEO4J_ENV}`,
  run: async () => (await import('./ingest.js')).runSeed(),
};

const ingest: CommandSpec = {
  name: 'ingest',
  summary: 'load article files, folders or globs',
  usage: `usage: newsgraph ingest PATH…

Loads .txt, .md, .json and .jsonl articles from files, folders or globs. Unchanged
articles are skipped; a file that cannot be read is reported and the rest still load.
Exit 1 if any file failed.
  -h, --help   show this help

${NEO4J_ENV}`,
  positionals: { min: 1, max: Infinity, name: 'PATH (a file, folder or glob)' },
  run: async (_values, paths) => (await import('./ingest.js')).runIngestPaths(paths),
};

const extract: CommandSpec = {
  name: 'extract',
  summary: "print one article's extraction JSON",
  usage: `usage: newsgraph extract FILE

Prints the extraction of one article as JSON on stdout (nothing else; messages go to
stderr). Needs no database. A file named like a flag goes after --: extract -- --odd.txt
  -h, --help   show this help`,
  positionals: { min: 1, max: 1, name: 'FILE' },
  run: async (_values, [file]) => (await import('./extract.js')).runExtract(file!),
};

const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'export a subgraph as a file',
  usage: `usage: newsgraph export --seed ID [--seed ID…] [--depth N] --format F [-o FILE]

Writes the neighbourhood of the seed entities (stdout without -o; csv is a zip).
  --seed ID        an entity id, e.g. person:wu (repeatable)
  --depth N        hops around the seeds, 0-3 (default 1)
  --format F       ${FORMATS}
  -o, --output F   write to this file
  -h, --help       show this help

${NEO4J_ENV}`,
  options: {
    seed: { type: 'string', multiple: true },
    depth: { type: 'string', default: '1' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  run: async (values) => (await import('./export.js')).runExport(values),
};

const evaluate: CommandSpec = {
  name: 'eval',
  summary: 'score extraction against gold files',
  usage: `usage: newsgraph eval ARTICLES_DIR GOLD_DIR [--misses] [--json]
       newsgraph eval --report

Precision, recall and F1 of the extractor against gold files. Needs no database.
  --misses     list every missed and extra item
  --json       print the whole result as JSON
  --report     rewrite docs/extraction-quality.md from every gold set in tests/fixtures
               (first sight, recorded in tests/fixtures/first-sight.json, and now)
  -h, --help   show this help`,
  options: { misses: { type: 'boolean' }, json: { type: 'boolean' }, report: { type: 'boolean' } },
  positionals: { min: 0, max: 2, name: 'ARTICLES_DIR and GOLD_DIR' },
  run: async (values, [articles, gold]) => {
    const cli = await import('./evaluate.js');
    if (values.report === true) return cli.writeQualityReport();
    if (!articles || !gold) {
      process.stderr.write('missing ARTICLES_DIR and GOLD_DIR (see newsgraph eval --help)\n');
      return 2;
    }
    return cli.runEvaluate(articles, gold, { misses: values.misses === true, json: values.json === true });
  },
};

const neo4jSub = (action: 'install' | 'start' | 'stop' | 'status', summary: string, details: string): CommandSpec => ({
  name: `neo4j ${action}`,
  summary,
  usage: `usage: newsgraph neo4j ${action}\n\n${details}\n  -h, --help   show this help`,
  run: async () => (await import('./neo4j.js')).runNeo4j(action),
});

export const NEO4J_COMMANDS: Record<string, CommandSpec> = {
  install: neo4jSub(
    'install',
    'build the bundled Neo4j (Maven fetches 5.26 once)',
    'Builds the bundled Neo4j launcher with Maven (downloads Neo4j 5.26 on first run).',
  ),
  start: neo4jSub(
    'start',
    'start the bundled Neo4j in the background',
    'Starts the bundled Neo4j as a background server (or reports the one already running for\nthis data folder). Other commands then use it.',
  ),
  stop: neo4jSub('stop', 'stop the bundled Neo4j', 'Stops the bundled Neo4j running for this data folder, whoever started it.'),
  status: neo4jSub(
    'status',
    'is the bundled Neo4j running? (exit 0 yes, 3 no)',
    'Reports whether the bundled Neo4j runs for this data folder: exit 0 if it answers, 3 if not.',
  ),
};

const neo4j: CommandSpec = {
  name: 'neo4j',
  summary: 'manage the bundled Neo4j: install|start|stop|status',
  usage: `usage: newsgraph neo4j <install|start|stop|status>

${Object.entries(NEO4J_COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}
  -h, --help   show this help (newsgraph neo4j <action> --help for one action)`,
  run: async () => 2, // reached only without an action; main.ts dispatches the actions
};

export const COMMANDS: Record<string, CommandSpec> = { serve, seed, ingest, extract, export: exportCommand, eval: evaluate, neo4j };

export const USAGE = `usage: newsgraph <command> [options]   (newsgraph <command> --help for one command)

${Object.values(COMMANDS)
  .map((c) => `  ${c.name.padEnd(9)} ${c.summary}`)
  .join('\n')}`;
