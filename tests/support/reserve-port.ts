import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// Linux's default when the file cannot be read; the ports the kernel gives to outgoing connections.
const DEFAULT_EPHEMERAL_RANGE: [number, number] = [32768, 60999];
// Below this are the registered services' ports (and Neo4j's and the service's own defaults).
const LOWEST = 10000;

/**
 * A TCP port on 127.0.0.1 that nothing listens on now and that no outgoing connection can be given later: one
 * outside the kernel's ephemeral range (`/proc/sys/net/ipv4/ip_local_port_range`), picked at random. For a server a
 * test must know the port of before it starts (a readiness probe that polls from the first moment); anything that
 * can report the port it bound should bind port 0 (the service, `PORT=0`) or `auto` (the local Neo4j) instead.
 */
export async function reservePort(): Promise<number> {
  const [low, high] = readEphemeralRange();
  const below = Math.max(0, low - LOWEST);
  const above = Math.max(0, 65535 - high);
  for (;;) {
    const pick = Math.floor(Math.random() * (below + above));
    const port = pick < below ? LOWEST + pick : high + 1 + (pick - below);
    if (await isFree(port)) return port;
  }
}

function readEphemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low && high && low <= high) return [low, high];
  } catch {
    // Not Linux: the default below.
  }
  return DEFAULT_EPHEMERAL_RANGE;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
