import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: max-age=N, public` on successful queries, never on mutations or errors:
 * the header Apollo's cache-control plugin gives when no field sets a hint of its own (none
 * here does), without its per-field bookkeeping, which wraps every resolved field.
 */
export function readCachePlugin<Context extends object>(maxAge: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (maxAge <= 0 || operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          response.http.headers.set('cache-control', `max-age=${maxAge}, public`);
        },
      };
    },
  };
}
