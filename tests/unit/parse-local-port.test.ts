import { describe, expect, it } from 'vitest';
import { localBoltUri, parseLocalPort } from '../../src/neo4j-local/parse-local-port.ts';

describe('the local Neo4j port settings', () => {
  it('reads a port number or auto, and refuses anything else naming the setting', () => {
    expect(parseLocalPort('7687', 'NEO4J_LOCAL_BOLT_PORT')).toBe(7687);
    expect(parseLocalPort('auto', 'NEO4J_LOCAL_BOLT_PORT')).toBe('auto');
    expect(() => parseLocalPort('70000', '--bolt-port')).toThrow("ecokg-neo4j: --bolt-port must be a port number or auto, got '70000'");
    expect(() => parseLocalPort('bolt', 'NEO4J_LOCAL_HTTP_PORT')).toThrow('NEO4J_LOCAL_HTTP_PORT must be a port number or auto');
  });

  it('gives the commands the local Bolt address, and with an auto port asks for NEO4J_URI', () => {
    expect(localBoltUri({})).toBe('bolt://127.0.0.1:7687');
    expect(localBoltUri({ NEO4J_LOCAL_BOLT_PORT: '24687' })).toBe('bolt://127.0.0.1:24687');
    expect(() => localBoltUri({ NEO4J_LOCAL_BOLT_PORT: 'auto' })).toThrow('set NEO4J_URI to the Bolt address npm start printed');
  });
});
