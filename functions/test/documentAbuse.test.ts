import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '../src/local/httpServer';
import { createApolloServer } from '../src/server/createServer';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { createProvider, createSchool } from './support/domain';

const REQUEST = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) {
  document { id status } url method headers { name value } } }`;
const CONFIRM = 'mutation($id: ID!) { confirmDocumentUpload(id: $id) { status } }';
const DOCUMENTS = 'query($id: ID!) { documents(ownerId: $id) { id status fileName } }';
const DOWNLOAD = 'query($id: ID!) { documentDownload(id: $id) { url } }';

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

/** Same length on purpose: the size check must not be what stops the HTML. */
const realPdf = Buffer.from('%PDF-1.4\n% 营业执照扫描件 %%EOF\n');
const htmlPosingAsPdf = Buffer.from(`<html><script>alert(document.cookie)</script></html>`.padEnd(realPdf.length, ' ').slice(0, realPdf.length));

type Upload = { document: { id: string }; url: string; method: string; headers: { name: string; value: string }[] };

async function requestUpload(ownerId: string, fileName: string, contentType: string, size: number): Promise<Upload> {
  const result = await api.exec(REQUEST, { input: { ownerId, fileName, contentType, size } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.requestDocumentUpload;
}

const put = (upload: Upload, body: Buffer, headers: Record<string, string> = {}) =>
  fetch(`${origin}${upload.url}`, {
    method: upload.method,
    headers: { ...Object.fromEntries(upload.headers.map((h) => [h.name, h.value])), ...headers },
    body,
  });

describe('upload requests (issue 11)', () => {
  it('allows only extensions that match the declared type', async () => {
    const provider = await createProvider(api);
    for (const [fileName, contentType] of [
      ['x.html', 'application/pdf'],
      ['scan.pdf.html', 'application/pdf'],
      ['photo.png', 'image/jpeg'],
      ['licence', 'application/pdf'],
      ['scan.pdf', 'image/png'],
    ]) {
      const refused = await api.exec(REQUEST, { input: { ownerId: provider.id, fileName, contentType, size: 100 } });
      expect([codeOf(refused), fieldOf(refused), fileName]).toEqual(['BAD_USER_INPUT', 'fileName', fileName]);
    }
    expect((await api.exec(DOCUMENTS, { id: provider.id })).data!.documents).toEqual([]);
    for (const [fileName, contentType] of [
      ['营业执照.PDF', 'application/pdf'],
      ['证书.jpeg', 'image/jpeg'],
      ['证书.JPG', 'image/jpeg'],
      ['照片.png', 'image/png'],
    ]) {
      expect((await api.exec(REQUEST, { input: { ownerId: provider.id, fileName, contentType, size: 100 } })).errors).toBeUndefined();
    }
  });

  it('checks the owner exists for every role, and that the viewer may attach to it', async () => {
    for (const ownerId of ['prv_doesnotexist', 'ctr_doesnotexist', 'sch_notanowner']) {
      const refused = await api.exec(REQUEST, { input: { ownerId, fileName: 'a.pdf', contentType: 'application/pdf', size: 100 } });
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'ownerId']);
    }
    const provider = await createProvider(api);
    const school = await createSchool(api);
    const input = { ownerId: provider.id, fileName: 'a.pdf', contentType: 'application/pdf', size: 100 };
    expect(codeOf(await api.exec(REQUEST, { input }, schoolAdminOf(school.id)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(REQUEST, { input }, { sub: 'p', role: 'PROVIDER', providerId: 'prv_other' }))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(REQUEST, { input }, null))).toBe('UNAUTHENTICATED');
    expect((await api.exec(REQUEST, { input }, { sub: 'p', role: 'PROVIDER', providerId: provider.id })).errors).toBeUndefined();
  });
});

describe('upload links and confirmation (issue 11)', () => {
  it('signs the content type and size into the upload link', async () => {
    const provider = await createProvider(api);
    const upload = await requestUpload(provider.id, '营业执照.pdf', 'application/pdf', realPdf.length);
    expect((await put(upload, realPdf, { 'content-type': 'text/html' })).status).toBe(403);
    expect((await put(upload, Buffer.concat([realPdf, Buffer.from('more')]))).status).toBe(403);
    expect(codeOf(await api.exec(CONFIRM, { id: upload.document.id }))).toBe('BAD_USER_INPUT');
    expect((await put(upload, realPdf)).status).toBe(200);
  });

  it('refuses HTML declared as a PDF on confirmation (magic bytes), then accepts the real file on the same link', async () => {
    const provider = await createProvider(api);
    const upload = await requestUpload(provider.id, 'x.pdf', 'application/pdf', realPdf.length);
    expect(htmlPosingAsPdf.length).toBe(realPdf.length);
    expect((await put(upload, htmlPosingAsPdf)).status).toBe(200);
    const refused = await api.exec(CONFIRM, { id: upload.document.id });
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'contentType']);
    expect((await api.exec(DOCUMENTS, { id: provider.id })).data!.documents).toEqual([{ id: upload.document.id, status: 'PENDING', fileName: 'x.pdf' }]);
    expect(codeOf(await api.exec(DOWNLOAD, { id: upload.document.id }))).toBe('BAD_USER_INPUT');

    expect((await put(upload, realPdf)).status).toBe(200);
    expect((await api.exec(CONFIRM, { id: upload.document.id })).data!.confirmDocumentUpload.status).toBe('UPLOADED');
  });

  it.each([
    ['image/png', '照片.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['image/jpeg', '照片.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])],
  ])('recognises a real %s and refuses a PDF declared as one', async (contentType, fileName, bytes) => {
    const provider = await createProvider(api);
    const good = await requestUpload(provider.id, fileName, contentType, bytes.length);
    await put(good, bytes);
    expect((await api.exec(CONFIRM, { id: good.document.id })).errors).toBeUndefined();
    const pdfAsImage = realPdf.subarray(0, bytes.length);
    const bad = await requestUpload(provider.id, fileName, contentType, pdfAsImage.length);
    await put(bad, pdfAsImage);
    expect(fieldOf(await api.exec(CONFIRM, { id: bad.document.id }))).toBe('contentType');
  });

  it('uses an upload link once: after confirmation it cannot replace the document', async () => {
    const provider = await createProvider(api);
    const upload = await requestUpload(provider.id, '资质.pdf', 'application/pdf', realPdf.length);
    await put(upload, realPdf);
    expect((await api.exec(CONFIRM, { id: upload.document.id })).data!.confirmDocumentUpload.status).toBe('UPLOADED');
    const replay = await put(upload, htmlPosingAsPdf);
    expect(replay.status).toBe(409);
    // Confirming again changes nothing; the document's bytes are the checked ones.
    expect((await api.exec(CONFIRM, { id: upload.document.id })).data!.confirmDocumentUpload.status).toBe('UPLOADED');
    const link = (await api.exec(DOWNLOAD, { id: upload.document.id })).data!.documentDownload.url as string;
    expect(Buffer.from(await (await fetch(`${origin}${link}`)).arrayBuffer())).toEqual(realPdf);
  });
});

describe('local downloads never render in the console origin (issue 11)', () => {
  it('serves every download as an attachment with its own type and nosniff, whatever the link asks', async () => {
    const provider = await createProvider(api);
    const upload = await requestUpload(provider.id, '营业执照.pdf', 'application/pdf', realPdf.length);
    await put(upload, realPdf);
    await api.exec(CONFIRM, { id: upload.document.id });
    const link = (await api.exec(DOWNLOAD, { id: upload.document.id })).data!.documentDownload.url as string;
    expect(link).not.toContain('disposition');
    for (const url of [link, `${link}&disposition=inline`, `${link}&disposition=${encodeURIComponent('inline; filename=x.html')}`]) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('营业执照.pdf')}`);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain('sandbox');
    }
  });
});
