import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { createApp, type App, type AppOptions } from '../../src/server/app.js';
import { clearGraph, testGraph } from './graph.js';

export interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Posts one operation to the running app over real HTTP. */
export function client(baseUrl: string) {
  return async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
  };
}

export async function listen(app: App): Promise<string> {
  const port = await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

export interface SeededApi {
  graph: Graph;
  app: App;
  base: string;
  gql: ReturnType<typeof client>;
  close(): Promise<void>;
}

/** The run's Neo4j emptied, loaded by `load`, and the API listening on a free port. */
export async function loadedApi(load: (graph: Graph) => Promise<unknown>, options: Omit<AppOptions, 'graph'> = {}): Promise<SeededApi> {
  const graph = await testGraph();
  await clearGraph(graph);
  await load(graph);
  const app = await createApp({ graph, ...options });
  const base = await listen(app);
  return {
    graph,
    app,
    base,
    gql: client(base),
    async close() {
      await app.stop();
      await graph.close();
    },
  };
}

/** The run's Neo4j emptied, loaded with `files`, and the API listening on a free port. */
export function seededApi(files: string[], options: Omit<AppOptions, 'graph'> = {}): Promise<SeededApi> {
  return loadedApi((graph) => ingestPaths(graph, files), options);
}
