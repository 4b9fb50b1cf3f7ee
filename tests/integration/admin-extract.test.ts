import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { findMisplacedEvidence } from '../support/check-evidence.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { snapshotDocument } from '../support/graph-snapshot.ts';
import { buildReportPdf, buildScannedPdf } from '../support/report-documents.ts';
import { splitPlainReport } from '../support/report-pages.ts';
import { startTestService, type TestService, withDriver } from '../support/test-service.ts';

const ADMIN_TOKEN = 'extract-test-token-0123456789abcdefghijklm';
let api: TestService;
let text: string;

beforeAll(async () => {
  api = await startTestService({ ADMIN_TOKEN });
  text = await readFile(path.join(SEED_ROOT, '2020-national-conference/report.txt'), 'utf8');
});

afterAll(async () => {
  await api.stop();
});

function post(body: unknown, token: string | null = ADMIN_TOKEN) {
  return fetch(`${api.url}/admin/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const countEntities = () => withDriver(async (run) => (await run('MATCH (n:Entity) RETURN count(n) AS nodes'))[0]!.nodes as number);

describe('POST /admin/extract', () => {
  it('needs the admin token', async () => {
    const response = await post({ text }, null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers the draft, the text and a summary, resolved against the running graph, and writes nothing', async () => {
    const nodesBefore = await countEntities();
    const seedBefore = await snapshotDocument('document:cenews-2020-national-conference');
    const response = await post({ text, kind: 'news-report', url: 'https://example.org/conference' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      graph: { document: Record<string, unknown>; nodes: Array<Record<string, unknown>>; relationships: unknown[] };
      text: string;
      summary: { nodes: Record<string, number>; review: unknown[]; resolvedAgainst: string; dropped: unknown[] };
    };
    expect(body.text).toBe(text);
    expect(body.graph.document).toMatchObject({
      name: '2020年全国生态环境保护工作会议在北京召开',
      publishedAt: '2020-01-13',
      url: 'https://example.org/conference',
    });
    expect(body.graph.nodes).toContainEqual(expect.objectContaining({ id: 'person:li-ganjie', label: 'Person', name: '李干杰' }));
    expect(body.graph.nodes).toContainEqual(expect.objectContaining({ id: 'organization:mee', rule: 'organization/national-body' }));
    expect(body.summary).toMatchObject({ resolvedAgainst: 'the running graph', dropped: [] });
    expect(body.summary.nodes.Person).toBe(27);
    expect(await countEntities()).toBe(nodesBefore);
    expect(await snapshotDocument('document:cenews-2020-national-conference')).toEqual(seedBefore);
  });

  it('extracts a text that states no date with a placeholder date marked for review', async () => {
    const response = await post({ text: '某地召开会议\n\n某地生态环境局局长张三出席。' });
    const body = (await response.json()) as { graph: { document: Record<string, unknown>; nodes: Array<{ label: string; name: string }> } };
    expect(response.status).toBe(200);
    expect(body.graph.document.dateUnconfirmed).toBe(true);
    expect(String(body.graph.document.review)).toMatch(/prints no date of publication/);
    expect(body.graph.nodes).toContainEqual(expect.objectContaining({ label: 'Person', name: '张三' }));
  });

  it('refuses what is not a report, with the error codes of the API', async () => {
    const cases: Array<[unknown, number, string, RegExp]> = [
      ['{"text": ', 400, 'BAD_REQUEST', /Malformed JSON/],
      [{ title: 'no text' }, 400, 'BAD_USER_INPUT', /The body must be/],
      [{ text: '   ' }, 400, 'BAD_USER_INPUT', /empty/],
      [{ text: 'abc\u0000def' }, 400, 'BAD_USER_INPUT', /binary/],
      [{ text, date: '2020-13-01' }, 400, 'BAD_USER_INPUT', /^"date" must be a real date/],
      [{ text, kind: 'memo' }, 400, 'BAD_USER_INPUT', /^"kind" must be one of news-report, work-report/],
      [{ text: '生'.repeat(2 * 1024 * 1024) }, 413, 'PAYLOAD_TOO_LARGE', /at most/],
      [{ file: { name: 'x.pdf', data: 'not base64!' } }, 400, 'BAD_USER_INPUT', /base64/],
      [{ text, file: { name: 'x.txt', data: '' } }, 400, 'BAD_USER_INPUT', /The body must be/],
    ];
    for (const [body, status, code, message] of cases) {
      const response = await post(body);
      const json = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(response.status, JSON.stringify(json)).toBe(status);
      expect(json.errors[0]!.extensions.code).toBe(code);
      expect(json.errors[0]!.message).toMatch(message);
    }
  });

  it('says why as data: the reason and the field, beside the code, for the page to word', async () => {
    const cases: Array<[unknown, Record<string, string>]> = [
      [
        { text, date: '2020-13-01' },
        { code: 'BAD_USER_INPUT', reason: 'invalid-option', field: 'date' },
      ],
      [{ file: { name: 'scan.pdf', data: (await buildScannedPdf(2)).toString('base64') } }, { code: 'BAD_USER_INPUT', reason: 'pdf-scanned' }],
    ];
    for (const [body, extensions] of cases) {
      const json = (await (await post(body)).json()) as { errors: Array<{ message: string; extensions: Record<string, string> }> };
      expect(json.errors[0]!.extensions).toEqual(extensions);
    }
  });

  it('reads a file sent as base64: a PDF becomes the report’s text, and the draft records it', async () => {
    const plain = await readFile(new URL('jiachuan-2021-press-conference/report.txt', FIXTURE_REPORTS), 'utf8');
    const pdf = await buildReportPdf(splitPlainReport(plain), { header: '嘉川日报' });
    const response = await post({ file: { name: 'jiachuan.pdf', data: pdf.toString('base64') } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      graph: Parameters<typeof findMisplacedEvidence>[0] & { document: Record<string, unknown> };
      text: string;
      origin: Record<string, unknown>;
    };
    expect(body.text).toBe(plain);
    expect(body.origin).toMatchObject({ file: 'jiachuan.pdf', format: 'pdf', pages: 2, bytes: pdf.byteLength });
    expect(body.graph.document).toMatchObject({ publishedAt: '2021-07-20', origin: body.origin });
    expect(findMisplacedEvidence(body.graph, body.text)).toEqual([]);
  });
});
