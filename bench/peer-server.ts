/**
 * The peer under test: the API `@neo4j/graphql` generates from PEER_TYPE_DEFS, served by
 * Apollo Server's standalone HTTP server with its defaults, as its documentation sets it up.
 * Run by bench/peer.ts in its own process: NEO4J_URI, NEO4J_PASSWORD, PORT.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-schema.js';

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const server = new ApolloServer({ schema });
await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
process.stderr.write('peer ready\n');
process.once('SIGTERM', async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
});
