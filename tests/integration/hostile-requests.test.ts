import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../bench/corpus/seeded-random.ts';
import { ErrorCode } from '../../src/errors/error-codes.ts';
import { snapshotDocument } from '../support/graph-snapshot.ts';
import { type ServiceProcess, startServiceProcess } from '../support/service-process.ts';
import { testConnection } from '../support/test-service.ts';

const DOCUMENT = 'document:cenews-2020-national-conference';
const schema = buildSchema(await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8'));
let service: ServiceProcess;

beforeAll(async () => {
  const { uri, user, password } = testConnection();
  service = await startServiceProcess({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NODE_ENV: 'production', INTROSPECTION: 'true' });
});
afterAll(async () => {
  await service?.stop();
});

const INJECTIONS = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '}) MATCH (n) DETACH DELETE n //',
  '` MATCH (n) DETACH DELETE n //',
  "person:x' OR 1=1 //",
  '$param',
  '$id',
  '{id: $id}',
  'CALL db.clearQueryCaches()',
  'name:* OR id:*',
  '*:*',
  '\\',
  '../../etc/passwd',
];
const STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0007\u001b[31mred',
  '\r\n\t',
  '🌿🔥🐼',
  'Ли Ганьцзе 李干杰 li ganjie مرحبا',
  '\u202Eevil\u202C',
  '\uFEFF\u200B',
  '\uD800',
  'x'.repeat(201),
  'x'.repeat(20_000),
  'person:li-ganjie',
  'region:hebei',
  'theme:precise-pollution-control',
  DOCUMENT,
  'person:',
  ':',
  'PERSON:LI-GANJIE',
  'person:li-ganjie\n',
  'a:b:c',
  '李干杰',
  '精准治污',
  'li ganjie',
  'PM2.5',
  '2019',
  '2019-01/2019-11',
  'YzF8TkFNRV9BU0N8MQ',
  'Person',
  'Planet',
  ...INJECTIONS,
];
const INTS = [0, 1, -1, 2, 3, 4, 6, 7, 10, 20, 100, 101, 500, 501, -2147483648, 2147483647];
// biome-ignore lint/correctness/noPrecisionLoss: 2^53 + 1 on purpose, a number JSON carries but Int refuses.
const INVALID_INTS = [2147483648, 9007199254740993, 1e308, -0.5];

type Random = SeededRandom;

function valueFor(type: GraphQLInputType, random: Random, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, random, depth);
  if (random.next() < 0.08) return null;
  if (isListType(type)) return Array.from({ length: Math.floor(random.next() * 4) }, () => valueFor(type.ofType, random, depth + 1));
  if (isEnumType(type)) return random.next() < 0.8 ? random.pick(type.getValues()).name : random.pick(['TREATY', 'asc', '', 'NAME;DROP']);
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (random.next() < 0.6) object[field.name] = valueFor(field.type, random, depth + 1);
    if (random.next() < 0.1) object.unknownField = 'x';
    return object;
  }
  const named = getNamedType(type).name;
  if (named === 'Int') return random.next() < 0.9 ? random.pick(INTS) : random.pick(INVALID_INTS);
  if (named === 'Boolean') return random.next() < 0.9 ? random.next() < 0.5 : 'yes';
  return random.pick(STRINGS);
}

const SELECTIONS: Record<string, string> = {
  SearchHit: '{ score entity { __typename id name } }',
  Path: '{ length nodes { id } edges { type evidence { excerpt } } }',
  Subgraph: '{ centerId truncated nodes { id label } edges { type from to } }',
  GraphStats: '{ totalNodes nodes { label count } }',
};
function selectionFor(type: GraphQLNamedType): string {
  if (SELECTIONS[type.name]) return SELECTIONS[type.name]!;
  if (type.name.endsWith('Connection')) return '{ totalCount pageInfo { endCursor } edges { cursor node { id name } } }';
  return isObjectType(type) || type.name === 'Entity' ? '{ __typename id name mentions { excerpt start } }' : '';
}

/** A request body for one root field with generated arguments, as variables or as inline literals. */
function fieldRequest(random: Random): unknown {
  const field = random.pick(Object.values(schema.getQueryType()!.getFields()));
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) || random.next() < 0.7);
  const selection = selectionFor(getNamedType(field.type));
  if (random.next() < 0.5) {
    const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, random)]));
    const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return { query: `query Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`, variables };
  }
  const literal = (value: unknown): string =>
    value === null
      ? 'null'
      : Array.isArray(value)
        ? `[${value.map(literal).join(', ')}]`
        : typeof value === 'object'
          ? `{ ${Object.entries(value as Record<string, unknown>)
              .map(([key, item]) => `${key}: ${literal(item)}`)
              .join(', ')} }`
          : typeof value === 'string' && /^[A-Z_]+$/.test(value)
            ? value
            : JSON.stringify(value);
  const call = args.map((arg) => `${arg.name}: ${literal(valueFor(arg.type, random))}`).join(', ');
  return { query: `{ ${field.name}${call ? `(${call})` : ''} ${selection} }` };
}

const nested = (levels: number) =>
  `{ person(id: "person:li-ganjie") ${'{ organizations { organization { members { person '.repeat(levels)}{ name }${' } } } }'.repeat(levels)} }`;

/** Requests aimed at the service itself rather than at one field: shapes, sizes, encodings. */
function structuralRequests(): Array<{ name: string; init: RequestInit; path?: string }> {
  const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const raw = (body: string | Uint8Array, contentType = 'application/json'): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return [
    { name: 'deep nesting', init: json({ query: nested(8) }) },
    { name: 'very deep nesting', init: json({ query: nested(60) }) },
    {
      name: 'alias flood',
      init: json({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: entity(id: "person:li-ganjie") { id }`).join(' ')} }` }),
    },
    {
      name: 'fragment cycle',
      init: json({ query: 'query { person(id: "person:li-ganjie") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }' }),
    },
    {
      name: 'fragment fan-out',
      init: json({
        query: `query { person(id: "person:li-ganjie") { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Person { name ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
      }),
    },
    { name: 'batched array', init: json([{ query: '{ graphStats { totalNodes } }' }, { query: '{ graphStats { totalNodes } }' }]) },
    { name: 'text/plain body', init: raw('{ graphStats { totalNodes } }', 'text/plain') },
    { name: 'form body', init: raw('query=%7B__typename%7D', 'application/x-www-form-urlencoded') },
    {
      name: 'multipart body',
      init: raw('--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{__typename}\r\n--x--', 'multipart/form-data; boundary=x'),
    },
    { name: 'malformed JSON', init: raw('{"query": "{ graphStats') },
    { name: 'JSON that is not an object', init: raw('"{ __typename }"') },
    { name: 'null body', init: raw('null') },
    { name: 'empty body', init: raw('') },
    { name: 'query that is a number', init: json({ query: 123 }) },
    { name: 'variables that are a string', init: json({ query: '{ __typename }', variables: 'x' }) },
    { name: 'unknown operationName', init: json({ query: 'query A { __typename }', operationName: 'B' }) },
    { name: 'two anonymous operations', init: json({ query: '{ __typename } { __typename }' }) },
    { name: 'subscription', init: json({ query: 'subscription { graphStats { totalNodes } }' }) },
    {
      name: '__proto__ in variables',
      init: raw('{"query":"query Q($t: String!) { search(text: $t) { score } }","variables":{"__proto__":{"t":"x"},"t":"李"}}'),
    },
    { name: 'persisted query hash', init: json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) },
    { name: 'invalid UTF-8', init: raw(new Uint8Array([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])) },
    { name: 'huge query text', init: json({ query: `{ ${'__typename '.repeat(30_000)} }` }) },
    { name: 'body over 1 MB', init: json({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } }) },
    {
      name: 'search text of 900 KB',
      init: json({ query: 'query Q($t: String!) { search(text: $t) { score } }', variables: { t: '李'.repeat(300_000) } }),
    },
    { name: 'GET without preflight header', init: { method: 'GET' }, path: `/graphql?query=${encodeURIComponent('{ __typename }')}` },
    {
      name: 'GET with a preflight header',
      init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
      path: `/graphql?query=${encodeURIComponent('{ graphStats { totalNodes } }')}`,
    },
    {
      name: 'GET mutation',
      init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
      path: `/graphql?query=${encodeURIComponent('mutation { x }')}`,
    },
    { name: 'PUT', init: { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } },
    { name: 'admin without a token', init: json({ graph: {}, text: '' }), path: '/admin/documents' },
    { name: 'path traversal', init: { method: 'GET' }, path: '/../../etc/passwd' },
  ];
}

// Codes a client may see from a hostile request. INTERNAL_SERVER_ERROR is not among them: it would mean
// the service failed on input it should have refused.
const EXPECTED_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.NOT_FOUND,
]);

interface Checked {
  status: number;
  codes: string[];
  text?: string;
  problem?: string;
}

async function send(path: string, init: RequestInit): Promise<Checked> {
  const response = await fetch(`${service.url}${path}`, init);
  const text = await response.text();
  if (response.status >= 500) return { status: response.status, codes: [], problem: `status ${response.status}: ${text.slice(0, 200)}` };
  if (/stacktrace|\bat \S+\.(?:ts|js|mjs):\d+|\/work\/|node_modules/i.test(text))
    return { status: response.status, codes: [], problem: `internals leaked: ${text.slice(0, 200)}` };
  if (path.startsWith('/graphql') || path.startsWith('/admin')) {
    let body: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { status: response.status, codes: [], problem: `not JSON: ${text.slice(0, 200)}` };
    }
    const codes = (body.errors ?? []).map((error) => String(error.extensions?.code));
    const unexpected = codes.filter((code) => !EXPECTED_CODES.has(code));
    if (body.data === undefined && codes.length === 0)
      return { status: response.status, codes, problem: `neither data nor errors: ${text.slice(0, 200)}` };
    if (body.errors?.some((error) => typeof error.message !== 'string'))
      return { status: response.status, codes, problem: 'an error without a message' };
    if (unexpected.length > 0) return { status: response.status, codes, problem: `unexpected codes ${unexpected.join(', ')}: ${text.slice(0, 300)}` };
    return { status: response.status, codes, text };
  }
  return { status: response.status, codes: [], text };
}

describe('hostile GraphQL', () => {
  it('answers 2,000+ generated and malformed requests with a well-formed error or a correct answer, and changes nothing', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20200112);
    const random = createSeededRandom(seed);
    const before = await snapshotDocument(DOCUMENT);
    expect(before.nodes).toBe(164);

    const requests: Array<{ name: string; path: string; init: RequestInit; expectName?: boolean }> = [];
    for (let i = 0; i < 2000; i += 1) {
      requests.push({
        name: `field #${i}`,
        path: '/graphql',
        init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fieldRequest(random)) },
      });
    }
    for (const request of structuralRequests()) requests.push({ ...request, path: request.path ?? '/graphql' });
    // Correct answers interleaved with the attack: the same questions must keep their answers throughout.
    for (let i = 0; i < 50; i += 1) {
      requests.push({
        name: 'known answer',
        path: '/graphql',
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: "person:li-ganjie") { name } }' }),
        },
        expectName: true,
      });
    }

    const problems: string[] = [];
    const byCode = new Map<string, number>();
    let known = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const checked = await send(request.path, request.init);
          if (checked.problem) problems.push(`${request.name}: ${checked.problem}`);
          for (const code of checked.codes.length > 0 ? checked.codes : [`HTTP ${checked.status}`]) byCode.set(code, (byCode.get(code) ?? 0) + 1);
          if (request.expectName && checked.text && JSON.stringify(JSON.parse(checked.text)) === '{"data":{"entity":{"name":"李干杰"}}}') known += 1;
        }
      }),
    );

    const after = await snapshotDocument(DOCUMENT);
    console.log(
      `hostile requests: ${requests.length} sent (seed ${seed}); ${[...byCode.entries()]
        .sort(([, a], [, b]) => b - a)
        .map(([code, n]) => `${code} ${n}`)
        .join(
          ', ',
        )}; graph ${before.nodes} nodes/${before.relationships} relationships before and ${after.nodes}/${after.relationships} after, checksum ${after.checksum === before.checksum ? 'unchanged' : 'CHANGED'}`,
    );
    expect(requests.length).toBeGreaterThanOrEqual(2000);
    expect(problems).toEqual([]);
    expect(known).toBe(50);
    expect(after).toEqual(before);
    expect(service.exit).toBeUndefined();
    expect(
      service.output.filter((line) => /unhandledRejection|uncaughtException|"msg":"unexpected error"|"msg":"unhandled HTTP error"/.test(line)),
    ).toEqual([]);
  });
});
