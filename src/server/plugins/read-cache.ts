import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: max-age=N` on successful queries, never on mutations or errors: the header
 * Apollo's cache-control plugin gives when no field sets a hint of its own (none here does),
 * without its per-field bookkeeping, which wraps every resolved field. `public` for anonymous
 * reads; `private` for a request that carried the API key, so that no shared cache (a CDN, an
 * office proxy) keeps an answer the key paid for and hands it to callers without one. The
 * body's type follows `Accept` (`application/graphql-response+json` or JSON), hence `Vary: Accept`.
 */
export function readCachePlugin<Context extends { authorized?: boolean }>(maxAge: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (maxAge <= 0 || operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          response.http.headers.set('cache-control', `max-age=${maxAge}, ${contextValue.authorized ? 'private' : 'public'}`);
          const vary = response.http.headers.get('vary');
          if (
            !vary
              ?.toLowerCase()
              .split(/\s*,\s*/)
              .includes('accept')
          )
            response.http.headers.set('vary', vary ? `${vary}, Accept` : 'Accept');
        },
      };
    },
  };
}
