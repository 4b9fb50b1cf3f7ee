import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../support/test-service.ts';

const execFileAsync = promisify(execFile);

/** Runs `npm start`'s entry point with the given environment and returns how it ended. */
async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await execFileAsync(process.execPath, ['src/main.ts'], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('npm start refuses to run with one clear line and a non-zero exit', () => {
  it('for PORT=abc', async () => {
    const { code, stderr } = await start({ PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('ecokg: Invalid configuration: PORT must be a port number between 0 and 65535, got "abc"');
  });

  it('for a wrong Neo4j password', async () => {
    const { uri } = testConnection();
    const { code, stderr } = await start({ NEO4J_URI: uri, NEO4J_PASSWORD: 'wrong', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`ecokg: Neo4j at ${uri} refused user "neo4j": check NEO4J_USER and NEO4J_PASSWORD`);
  });

  it('for a port that is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { uri, password } = testConnection();
      const { code, stderr } = await start({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`ecokg: Port ${port} on 127.0.0.1 is already in use; stop what uses it or set PORT`);
    } finally {
      blocker.close();
    }
  });

  it('for a Neo4j that does not answer', async () => {
    const { code, stderr } = await start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('ecokg: Cannot reach Neo4j at bolt://127.0.0.1:1: is it running? (set NEO4J_URI, or unset it to start a local Neo4j)');
  });
});
