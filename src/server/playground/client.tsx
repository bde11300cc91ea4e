/**
 * The browser side of the playground: GraphiQL 5 with its Monaco workers served by
 * newsgraph itself (no CDN), opened on the example queries.
 */
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

declare global {
  interface Window {
    NEWSGRAPH_EXAMPLE: string;
  }
}

const WORKERS: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return new Worker(`/assets/${WORKERS[label] ?? 'editor.worker.js'}`);
  },
};

async function fetcher(params: unknown, options?: { headers?: Record<string, string> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('root')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={window.NEWSGRAPH_EXAMPLE} defaultEditorToolsVisibility="variables" />,
);
