/**
 * The peer of the query benchmark: Apollo Server 5 running @neo4j/graphql 7 over the same Neo4j, started as
 * its own process (`node bench/peer/start-peer-server.ts`) so it has a Node event loop of its own like ecokg.
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and PORT; prints `peer ready <url>` when it listens.
 */
import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerShortestPathCypher } from '../queries/path-operations.ts';

/** The peer's type definitions, with the neighborhood statement the benchmark shares with its raw Cypher and the path statement. */
export async function readPeerTypeDefs(): Promise<string> {
  const typeDefs = await readFile(new URL('./peer-type-defs.graphql', import.meta.url), 'utf8');
  const neighborhood = await readFile(new URL('../queries/neighborhood-depth-2.cypher', import.meta.url), 'utf8');
  const statement = neighborhood
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    // The peer passes its own arguments; ecokg reads at most ten relationships per node it may keep.
    .replaceAll('$rowLimit', '($limit * 10)');
  return typeDefs.replace('"NEIGHBORHOOD_CYPHER"', blockString(statement)).replace('"SHORTEST_PATH_CYPHER"', blockString(peerShortestPathCypher()));
}

function blockString(text: string): string {
  return `"""\n${text.replaceAll('"""', '\\"""')}\n"""`;
}

async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    {
      maxConnectionPoolSize: 32,
    },
  );
  const schema = await new Neo4jGraphQL({ typeDefs: await readPeerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' } });
  console.log(`peer ready ${url}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`peer failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
