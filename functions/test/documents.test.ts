import { beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { afterAll } from 'vitest';
import { createApolloServer } from '../src/server/createServer';
import { startLocalServer } from '../src/local/httpServer';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';
import { createProvider } from './support/domain';

const REQUEST = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) {
  document { id status archived size } url method headers { name value } expiresAt } }`;

let api: TestApi;
let server: Server;
let origin: string;

beforeAll(async () => {
  api = await createTestApi();
  const apollo = createApolloServer();
  await apollo.start();
  server = await startLocalServer({ apollo, services: api.services, consoleDir: '/nonexistent', port: 0 });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const pdf = Buffer.from('%PDF-1.4\n% 资质证书扫描件\n%%EOF\n');

async function upload(ownerId: string) {
  const requested = await api.exec(REQUEST, { input: { ownerId, fileName: '营业执照.pdf', contentType: 'application/pdf', size: pdf.length } });
  expect(requested.errors).toBeUndefined();
  const target = requested.data!.requestDocumentUpload;
  const put = await fetch(`${origin}${target.url}`, {
    method: target.method,
    headers: Object.fromEntries(target.headers.map((h: { name: string; value: string }) => [h.name, h.value])),
    body: pdf,
  });
  expect(put.status).toBe(200);
  const confirmed = await api.exec('mutation($id: ID!) { confirmDocumentUpload(id: $id) { status } }', { id: target.document.id });
  expect(confirmed.data!.confirmDocumentUpload.status).toBe('UPLOADED');
  return target.document.id as string;
}

describe('documents (local storage with signed URLs)', () => {
  it('uploads, downloads and archives a qualification scan on review', async () => {
    const provider = await createProvider(api);
    const id = await upload(provider.id);
    const link = await api.exec('query($id: ID!) { documentDownload(id: $id) { url } }', { id });
    const download = await fetch(`${origin}${link.data!.documentDownload.url}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('营业执照.pdf'));
    await api.exec('mutation($id: ID!) { submitProviderForReview(id: $id) { status } }', { id: provider.id });
    await api.exec('mutation($id: ID!) { reviewProvider(id: $id, decision: APPROVE) { status } }', { id: provider.id });
    const docs = await api.exec('query($id: ID!) { documents(ownerId: $id) { id archived } }', { id: provider.id });
    expect(docs.data!.documents).toEqual([{ id, archived: true }]);
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteDocument(id: $id) }', { id }))).toBe('INVALID_TRANSITION');
  });

  it('deletes an unreviewed document and refuses tampered or foreign access', async () => {
    const provider = await createProvider(api);
    const id = await upload(provider.id);
    const link = (await api.exec('query($id: ID!) { documentDownload(id: $id) { url } }', { id })).data!.documentDownload.url as string;
    expect((await fetch(`${origin}${link.replace(/sig=[^&]+/, 'sig=forged')}`)).status).toBe(403);
    const stranger = { sub: 'p2', role: 'PROVIDER' as const, providerId: 'prv_someoneelse' };
    expect(codeOf(await api.exec('query($id: ID!) { documentDownload(id: $id) { url } }', { id }, stranger))).toBe('FORBIDDEN');
    expect((await api.exec('mutation($id: ID!) { deleteDocument(id: $id) }', { id })).data!.deleteDocument).toBe(id);
    expect((await fetch(`${origin}${link}`)).status).toBe(404);
  });

  it('enforces type and size limits and requires the file before confirming', async () => {
    const provider = await createProvider(api);
    const exe = await api.exec(REQUEST, { input: { ownerId: provider.id, fileName: 'a.exe', contentType: 'application/x-msdownload', size: 10 } });
    expect([codeOf(exe), fieldOf(exe)]).toEqual(['BAD_USER_INPUT', 'contentType']);
    const huge = await api.exec(REQUEST, { input: { ownerId: provider.id, fileName: 'a.pdf', contentType: 'application/pdf', size: 11 * 1024 * 1024 } });
    expect(fieldOf(huge)).toBe('size');
    const pending = await api.exec(REQUEST, { input: { ownerId: provider.id, fileName: 'b.pdf', contentType: 'application/pdf', size: 5 } });
    const confirm = await api.exec('mutation($id: ID!) { confirmDocumentUpload(id: $id) { status } }', { id: pending.data!.requestDocumentUpload.document.id });
    expect(codeOf(confirm)).toBe('BAD_USER_INPUT');
  });
});
