/**
 * The layering of src/, checked in CI (`npm run check:boundaries`). Extraction is pure and
 * knows no database; the graph layer knows no API; exporters take a plain Subgraph value;
 * resolvers and the server share what they both need from src/api, below both.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Modules import each other in one direction only.', from: {}, to: { circular: true } },
    {
      name: 'extract-is-pure',
      severity: 'error',
      comment: 'Extraction turns text into a Doc; loading, serving and the database are other layers.',
      from: { path: '^src/extract/' },
      to: { path: '^src/(graph|ingest|server|resolvers|api|cli)/' },
    },
    {
      name: 'graph-knows-no-api',
      severity: 'error',
      comment: 'The graph layer answers questions in Cypher; it does not know GraphQL or HTTP.',
      from: { path: '^src/graph/' },
      to: { path: '^src/(resolvers|server|api|cli)/' },
    },
    {
      name: 'export-writers-take-values',
      severity: 'error',
      comment: 'Exporters write a Subgraph value; reading it from Neo4j is src/graph/export-graph.ts.',
      from: { path: '^src/export/' },
      to: { path: '^src/(graph|ingest|server|resolvers|api|cli)/' },
    },
    {
      name: 'resolvers-below-server',
      severity: 'error',
      comment: 'Resolvers are called by the server, never the other way round; what both need lives in src/api.',
      from: { path: '^src/resolvers/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'ingest-knows-no-api',
      severity: 'error',
      comment: 'Loading runs without the API.',
      from: { path: '^src/ingest/' },
      to: { path: '^src/(resolvers|server|api|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|src/generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
