import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A database outage is a 503 to plain HTTP clients, as the GraphQL-over-HTTP spec allows,
 * when it left no data at all; a partial answer stays a 200 with its errors. Read from the
 * errors' codes (after formatError has given outages theirs), not from the response text.
 */
export function databaseUnavailablePlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data == null && errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
