import type { App } from '../../src/server/app.js';

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
