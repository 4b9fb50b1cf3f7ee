import { type Config, LOCAL_NEO4J_DEV_PASSWORD } from '../config/load-config.ts';
import { createGateway } from '../db/create-gateway.ts';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { localBoltUri } from '../neo4j-local/parse-local-port.ts';

/**
 * Runs a command's work against the Neo4j it is configured for (NEO4J_URI, else the local one `npm start` and
 * `npm run neo4j` run) and closes the gateway after, whatever the work does.
 */
export async function withCliGateway<T>(config: Config, work: (gateway: GraphGateway, uri: string) => Promise<T>): Promise<T> {
  const uri = config.neo4jUri ?? localBoltUri();
  const gateway = await createGateway(config, { uri, user: config.neo4jUser, password: config.neo4jPassword ?? LOCAL_NEO4J_DEV_PASSWORD });
  try {
    return await work(gateway, uri);
  } finally {
    await gateway.close();
  }
}
