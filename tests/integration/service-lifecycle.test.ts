import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { reservePort } from '../support/reserve-port.ts';
import { type SpawnedService, spawnService } from '../support/spawn-service.ts';
import { testConnection } from '../support/test-service.ts';

// `npm start` as a process of its own, against the tests' Neo4j: what an orchestrator sees of it.
const running: SpawnedService[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) {
    // `npm start` runs in a group of its own: its node processes go with it.
    if (service.child.spawnargs.includes('start')) killGroup(service, 'SIGKILL');
    service.child.kill('SIGKILL');
    await service.exited;
  }
});

function killGroup(service: SpawnedService, signal: NodeJS.Signals): void {
  try {
    process.kill(-service.child.pid!, signal);
  } catch {
    // The group is gone already.
  }
}

function start(env: Record<string, string>, nodeArgs: string[] = [], options: { npmStart?: boolean } = {}): SpawnedService {
  const { uri, user, password } = testConnection();
  const service = spawnService({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...env }, nodeArgs, options);
  running.push(service);
  return service;
}

const QUESTION = JSON.stringify({ query: '{ person(id: "person:li-ganjie") { name } }' });

describe('readiness', () => {
  it.each([
    ['in one process, which binds its port first and says 503 until GraphQL answers', '1', 503],
    ['with two workers, which take connections only once GraphQL answers', '2', 'refused'],
  ])('%s: the first GraphQL request after /ready says 200 is answered', { timeout: 120_000 }, async (_name, workers, notReadyYet) => {
    // Polled from the first moment, so the port must be known before the service binds it.
    const port = await reservePort();
    const service = start({ PORT: String(port), WORKERS: workers, SEED_ON_START: 'false' });
    const seen = new Set<number | string>();
    const deadline = performance.now() + 90_000;
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (response) => response.status,
        () => 'refused',
      );
      seen.add(status);
      if (status === 200) break;
      expect(performance.now()).toBeLessThan(deadline);
      expect(service.output.join('\n')).not.toMatch(/^ecokg: /m);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUESTION,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { person: { name: '李干杰' } } });
    // The polling began while the service was still starting.
    expect(seen).toContain(notReadyYet);
    service.child.kill('SIGTERM');
    expect((await service.exited).code).toBe(0);
  });
});

/**
 * Sends a GraphQL POST whose body arrives in two parts, the second only when `finish` is called; resolves once the
 * service has received it (its trace line), so a signal sent next finds it in flight.
 */
async function slowRequest(service: SpawnedService, port: number, name = 'slow') {
  const requestId = `${name}-${port}`;
  const socket = connect(port, '127.0.0.1');
  const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ${requestId}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(QUESTION)}\r\n\r\n`;
  socket.write(head + QUESTION.slice(0, 10));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  socket.on('error', () => {});
  await service.waitFor(new RegExp(`"requestId":"${requestId}".*"msg":"request received"`));
  return {
    finish: () => socket.write(QUESTION.slice(10)),
    /** Everything the server sent until it closed the connection. */
    response: closed,
  };
}

/** Resolves once a connection to `port` is refused: the service no longer listens. */
async function untilRefused(port: number): Promise<void> {
  for (;;) {
    const code = await fetch(`http://127.0.0.1:${port}/ready`).then(
      () => undefined,
      (error: unknown) => (error as { cause?: { code?: string } }).cause?.code,
    );
    if (code === 'ECONNREFUSED') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('stopping on a signal', () => {
  it('answers the request in flight, takes no new one, and exits 0', { timeout: 120_000 }, async () => {
    const service = start({ PORT: '0', WORKERS: '1', LOG_LEVEL: 'trace' });
    const port = Number((await service.waitForReady()).port);
    const request = await slowRequest(service, port);

    service.child.kill('SIGTERM');
    await service.waitFor(/^ecokg: stopping \(SIGTERM\)/);
    // No new connection is taken, while the process waits for the request in flight.
    await untilRefused(port);
    expect(service.child.exitCode).toBeNull();

    request.finish();
    const response = await request.response;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain('{"data":{"person":{"name":"李干杰"}}}');
    expect(await service.exited).toEqual({ code: 0, signal: null });
  });

  it('exits at once, with 1, on a second signal while a request is still in flight', { timeout: 120_000 }, async () => {
    // A drain would wait ten minutes for the request, which never finishes: only an exit at once ends the test.
    const service = start({ PORT: '0', WORKERS: '1', LOG_LEVEL: 'trace', SHUTDOWN_GRACE_MS: '600000' });
    const port = Number((await service.waitForReady()).port);
    const request = await slowRequest(service, port);

    service.child.kill('SIGTERM');
    await service.waitFor(/^ecokg: stopping \(SIGTERM\)/);
    // Signals just after the first are the same stop delivered again (handle-stop-signals.ts); the service says when
    // a signal counts as a second one.
    await service.waitFor(/^ecokg: still waiting for requests in flight; a second Ctrl-C or SIGTERM now exits at once$/);
    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(service.output).toContain('ecokg: SIGTERM again: exiting without waiting for requests in flight');
    expect(await request.response).toBe('');
  });
});

describe('stopping on a signal sent to the process group, as systemd and a terminal send it', () => {
  it('drains the requests in flight in every worker of `npm start` once, though npm passes the signal on and each process gets its own', {
    timeout: 180_000,
  }, async () => {
    // Port 0: the workers share the port the service picks, and the ready line says which.
    const service = start({ PORT: '0', WORKERS: '2', LOG_LEVEL: 'trace' }, [], { npmStart: true });
    const ready = await service.waitFor(/^ecokg ready: GraphQL at http:\/\/127\.0\.0\.1:\d+\/graphql$/, 120_000);
    const port = Number(/:(\d+)\/graphql$/.exec(ready)![1]);
    // Under load: requests in flight on both workers, each waiting for the rest of its body, each received.
    const requests = await Promise.all(Array.from({ length: 8 }, (_, i) => slowRequest(service, port, `slow-${i}`)));

    killGroup(service, 'SIGTERM');
    await service.waitFor(/^ecokg: stopping \(SIGTERM\)/);
    // Every copy of the signal has arrived by the time the service says the next one would be a second: the
    // requests are still in flight, and still served.
    await service.waitFor(/^ecokg: still waiting for requests in flight; a second Ctrl-C or SIGTERM now exits at once$/);
    for (const request of requests) request.finish();
    const responses = await Promise.all(requests.map((request) => request.response));
    for (const response of responses) {
      expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(response).toContain('{"data":{"person":{"name":"李干杰"}}}');
    }
    await service.exited;
    expect(service.output.filter((line) => line.startsWith('ecokg: '))).toEqual([
      'ecokg: stopping (SIGTERM): draining the requests in flight',
      'ecokg: still waiting for requests in flight; a second Ctrl-C or SIGTERM now exits at once',
    ]);
  });
});

describe('an unhandled rejection', () => {
  it('is logged with its error and ends the process with exit code 1, for a supervisor to restart', { timeout: 120_000 }, async () => {
    const service = start({ PORT: '0', WORKERS: '1' }, ['--import', './tests/support/reject-on-signal.ts']);
    await service.waitFor(/^ecokg ready/);
    service.child.kill('SIGUSR2');
    expect(await service.exited).toEqual({ code: 1, signal: null });
    const line = service.output
      .map((text) => (text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {}))
      .find((entry) => entry.level === 60);
    expect(line).toMatchObject({ msg: 'unhandledRejection: exiting', err: { message: 'a rejection nothing handles (test)' } });
  });
});
