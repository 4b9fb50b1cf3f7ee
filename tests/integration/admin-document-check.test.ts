import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotGraph } from '../support/graph-snapshot.ts';
import { copyReportSeed, type SeedCopy } from '../support/seed-copy.ts';
import { startTestService, type TestService } from '../support/test-service.ts';

// The review page asks POST /admin/documents?check=true before it offers to load a draft: the loader's own
// validation, nothing written.
const ADMIN_TOKEN = 'check-test-token-0123456789abcdefghijklmnop';
let api: TestService;
let copy: SeedCopy;
let text: string;

beforeAll(async () => {
  api = await startTestService({ ADMIN_TOKEN });
  copy = await copyReportSeed();
  text = await readFile(path.join(copy.folder, 'report.txt'), 'utf8');
});
afterAll(async () => {
  await api.stop();
  await copy.remove();
});

async function check(graph: unknown, authorization = `Bearer ${ADMIN_TOKEN}`, date?: string) {
  const response = await fetch(`${api.url}/admin/documents?check=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ graph, text, date }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /admin/documents?check=true', () => {
  it('says a valid report is valid, with what a load would write, and writes nothing', async () => {
    const { status, body } = await check(copy.json);
    expect(status).toBe(200);
    expect(body).toEqual({ valid: true, documentId: copy.documentId, nodes: 164, relationships: 454, unreviewed: 0, existing: [] });
    expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('names every problem with its record and field, as a load would, and writes nothing', async () => {
    const json = structuredClone(copy.json);
    const minister = json.nodes.find((node) => node.id.endsWith('-li-ganjie'))!;
    minister.name = '李千杰';
    json.relationships[0]!.to = `person:${copy.prefix}-nobody`;
    const { status, body } = await check(json);
    expect(status).toBe(400);
    const [error] = body.errors as Array<{ extensions: { code: string; problems: unknown[] } }>;
    expect(error!.extensions.code).toBe('BAD_USER_INPUT');
    expect(error!.extensions.problems).toEqual(
      expect.arrayContaining([
        { record: minister.id, field: 'name', message: '"李千杰" not found verbatim in report.txt' },
        { record: expect.stringContaining(`person:${copy.prefix}-nobody`), field: 'to', message: expect.stringContaining('dangling reference') },
      ]),
    );
    expect(error!.extensions.problems).toHaveLength(2);
    expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 0 });
  });

  it('asks for the date of a draft whose text printed none, in the request\'s own words, and takes it from "date"', async () => {
    const json = structuredClone(copy.json) as typeof copy.json & { document: Record<string, unknown> };
    json.document.dateUnconfirmed = true;
    const refused = await check(json);
    expect(refused.status).toBe(400);
    const [error] = refused.body.errors as Array<{ extensions: { code: string; problems: unknown[] } }>;
    expect(error!.extensions.problems).toEqual([
      {
        record: copy.documentId,
        field: 'publishedAt',
        code: 'DATE_UNCONFIRMED',
        message: `the text prints no date and ${String(json.document.publishedAt)} is a placeholder: confirm the date: send "date": "YYYY-MM-DD" with the graph`,
      },
    ]);
    const confirmed = await check(json, `Bearer ${ADMIN_TOKEN}`, '2020-01-13');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ valid: true, documentId: copy.documentId });
    expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 0 });
  });

  it('needs the token like every admin path', async () => {
    const { status, body } = await check(copy.json, 'Bearer not-the-token-0123456789abcdefghijklmnop');
    expect(status).toBe(401);
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});
