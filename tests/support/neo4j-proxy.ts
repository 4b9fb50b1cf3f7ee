import { connect, createServer, type Socket } from 'node:net';

/** A TCP relay in front of the tests' Neo4j that a test can cut and restore: an outage of one service's database only. */
export interface Neo4jProxy {
  /** The tests' connection, through the relay. */
  connection: { uri: string; user: string; password: string };
  /** Drops every open connection and refuses new ones, as a database that went away. */
  cut(): void;
  /** Relays again. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * Starts a relay on 127.0.0.1 to the Bolt port of `connection`. The URI becomes bolt:// to the relay: a
 * neo4j:// routing table would hand the driver the server's own address, around the relay.
 */
export async function startNeo4jProxy(connection: { uri: string; user: string; password: string }): Promise<Neo4jProxy> {
  const target = new URL(connection.uri.replace(/^[a-z+]+:/, 'http:'));
  const sockets = new Set<Socket>();
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port || 7687), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    connection: { ...connection, uri: `bolt://127.0.0.1:${port}` },
    cut() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      down = false;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
