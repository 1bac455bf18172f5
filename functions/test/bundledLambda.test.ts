import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleAsync, coldStartFiles } from '../../infra/lib/api/bundle';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createServices } from '../src/server/services';
import { createTestDb } from './support/api';
import { httpApiEvent } from './support/lambdaEvent';

/**
 * The deployed artefact, not the source: the GraphQL handler bundled exactly as KehouFunction bundles it (packages
 * swapped for stand-ins, code split into chunks loaded on first use) answers like the source handler against
 * DynamoDB Local — reads, coded errors, a write, and a document upload that loads the S3 chunk on first use.
 */
type Handler = typeof import('../src/handlers/graphql')['handler'];

const OVERVIEW = {
  query: `query Overview($first: Int) {
    viewer { role }
    schools(first: $first) { totalCount nodes { id code name terms { totalCount nodes { schoolYear semester startDate school { code } } } } }
    providers(first: 5) { nodes { id name status contracts(first: 3) { totalCount nodes { id status school { code } } } documents { id fileName } evaluations(first: 3) { totalCount nodes { id } } } }
    districtPolicy { version minDailyMinutes }
  }`,
  variables: { first: 10 },
};
const claims = { sub: 'district', 'cognito:groups': 'DISTRICT_ADMIN' };
const savedEnv = { ...process.env };
let outdir: string;
let bundled: Handler;
let source: Handler;
let metafile: Awaited<ReturnType<typeof bundleAsync>>['metafile'];

async function invoke(handler: Handler, body: unknown) {
  const result = await handler(httpApiEvent(body, { claims }), {} as Context, () => {});
  if (!result || typeof result === 'string') throw new Error('Expected a structured result');
  return { status: result.statusCode, headers: result.headers, body: JSON.parse(result.body ?? '{}') };
}

beforeAll(async () => {
  const db = await createTestDb();
  await seedDemo(createServices(db));
  // What the function's environment holds on AWS (the role's credentials arrive as variables too).
  Object.assign(process.env, {
    TABLE_NAME: db.config.tableName,
    DYNAMODB_ENDPOINT: db.config.endpoint,
    AWS_REGION: 'cn-north-1',
    DOCUMENTS_BUCKET: 'kehou-test-documents',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
  outdir = mkdtempSync(join(tmpdir(), 'kehou-bundle-'));
  metafile = (await bundleAsync(join(import.meta.dirname, '../src/handlers/graphql.ts'), outdir)).metafile;
  bundled = ((await import(pathToFileURL(join(outdir, 'index.mjs')).href)) as { handler: Handler }).handler;
  source = (await import('../src/handlers/graphql')).handler;
}, 120_000);

afterAll(() => {
  process.env = savedEnv;
  rmSync(outdir, { recursive: true, force: true });
});

describe('the bundled GraphQL Lambda', () => {
  it('is split into a cold-start part and chunks loaded on first use, with no source maps', () => {
    const cold = coldStartFiles(metafile);
    const files = readdirSync(outdir, { recursive: true }).map(String);
    expect(files).toContain('index.mjs');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(Object.keys(metafile.outputs).length).toBeGreaterThan(cold.length);
  });

  it('answers a nested read exactly like the source handler, with no-store caching', async () => {
    const fromBundle = await invoke(bundled, OVERVIEW);
    const fromSource = await invoke(source, OVERVIEW);
    expect(fromBundle.body.errors).toBeUndefined();
    expect(fromBundle.body.data.schools.nodes.length).toBeGreaterThan(1);
    expect(fromBundle.body).toEqual(fromSource.body);
    expect(fromBundle.status).toBe(200);
    expect(fromBundle.headers?.['cache-control']).toBe('no-store');
  });

  it('gives the same coded errors', async () => {
    const body = { query: 'mutation { createSchool(input: { name: "x", code: "CG-001", type: PRIMARY, ownership: PUBLIC, grades: [1] }) { id } }' };
    const fromBundle = await invoke(bundled, body);
    expect(fromBundle.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(fromBundle.body).toEqual((await invoke(source, body)).body);
    const bad = await invoke(bundled, { query: '{ terms(first: 0) { totalCount } }' });
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('writes, and the source handler reads what the bundle wrote', async () => {
    const created = await invoke(bundled, {
      query: 'mutation { createSchool(input: { name: "打包测试学校", code: "BUNDLE-1", type: PRIMARY, ownership: PUBLIC, grades: [1, 2] }) { id code } }',
    });
    expect(created.body.errors).toBeUndefined();
    const read = await invoke(source, { query: `{ school(id: "${created.body.data.createSchool.id}") { code name } }` });
    expect(read.body.data.school).toEqual({ code: 'BUNDLE-1', name: '打包测试学校' });
  });

  it('loads the S3 client on first use and presigns an upload URL for the bucket', async () => {
    const { data } = (await invoke(bundled, { query: '{ providers(first: 1) { nodes { id } } }' })).body;
    const upload = await invoke(bundled, {
      query: 'mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id status } url method } }',
      variables: { input: { ownerId: data.providers.nodes[0].id, fileName: '营业执照.pdf', contentType: 'application/pdf', size: 1024 } },
    });
    expect(upload.body.errors).toBeUndefined();
    const { url, method } = upload.body.data.requestDocumentUpload;
    expect(method).toBe('PUT');
    expect(new URL(url).hostname).toContain('kehou-test-documents');
    expect(new URL(url).searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });
});
