import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../dataProvider/errors';
import type { Operation } from '../dataProvider/operation';
import { uploadDocument, uploadProblem, type UploadDeps } from './uploadDocument';

const aDocument = (status: 'PENDING' | 'UPLOADED') => ({
  id: 'doc_1',
  ownerId: 'prv_1',
  fileName: '营业执照.pdf',
  contentType: 'application/pdf',
  size: 4,
  status,
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
});

/** Answers the two GraphQL steps by operation name, like the API would. */
function fakeDeps(putStatus = 200) {
  const calls: string[] = [];
  const execute = vi.fn(async <Result>(op: Operation<Result>) => {
    const name = (op.query.definitions[0] as { name: { value: string } }).name.value;
    calls.push(name);
    const data =
      name === 'RequestDocumentUpload'
        ? {
            requestDocumentUpload: {
              document: aDocument('PENDING'),
              url: '/documents/k?sig=s',
              method: 'PUT',
              headers: [{ name: 'content-type', value: 'application/pdf' }],
              expiresAt: '',
            },
          }
        : { confirmDocumentUpload: aDocument('UPLOADED') };
    return { data: op.parseResponse({ data }) };
  });
  const put = vi.fn(async () => ({ ok: putStatus < 300, status: putStatus }));
  return { deps: { execute, put } as unknown as UploadDeps, calls, put, execute };
}

const pdf = () => new File(['%PDF'], '营业执照.pdf', { type: 'application/pdf' });

describe('uploadDocument', () => {
  it('requests a URL, PUTs the bytes there with the named headers, then confirms', async () => {
    const { deps, calls, put, execute } = fakeDeps();
    const document = await uploadDocument(deps, 'prv_1', pdf());
    expect(calls).toEqual(['RequestDocumentUpload', 'ConfirmDocumentUpload']);
    expect(execute.mock.calls[0][0].variables).toEqual({ input: { ownerId: 'prv_1', fileName: '营业执照.pdf', contentType: 'application/pdf', size: 4 } });
    expect(put).toHaveBeenCalledWith('/documents/k?sig=s', expect.objectContaining({ method: 'PUT', headers: { 'content-type': 'application/pdf' } }));
    expect(document.status).toBe('UPLOADED');
  });

  it('adds the type’s extension to a name without one', async () => {
    const { deps, execute } = fakeDeps();
    await uploadDocument(deps, 'prv_1', new File(['%PDF'], '营业执照', { type: 'application/pdf' }));
    expect(execute.mock.calls[0][0].variables).toMatchObject({ input: { fileName: '营业执照.pdf', contentType: 'application/pdf' } });
    await expect(uploadDocument(deps, 'prv_1', new File(['<html>'], 'x.html', { type: 'application/pdf' }))).rejects.toThrow();
  });

  it('does not confirm when storing the bytes failed', async () => {
    const { deps, calls } = fakeDeps(403);
    await expect(uploadDocument(deps, 'prv_1', pdf())).rejects.toBeInstanceOf(ApiError);
    expect(calls).toEqual(['RequestDocumentUpload']);
  });

  it('refuses wrong types and sizes before any request', async () => {
    expect(uploadProblem({ type: 'application/zip', size: 10 })).toBe('app.documents.wrong_type');
    expect(uploadProblem({ type: 'image/png', size: 11 * 1024 * 1024 })).toBe('app.documents.too_large');
    expect(uploadProblem({ type: 'image/png', size: 0 })).toBe('app.documents.empty_file');
    expect(uploadProblem({ type: 'image/jpeg', size: 1000 })).toBeUndefined();
    // The name must fit the type, as the API requires: an HTML page sent as a PDF is refused here already.
    expect(uploadProblem({ name: 'x.html', type: 'application/pdf', size: 10 })).toBe('app.documents.wrong_type');
    expect(uploadProblem({ name: '证书.PNG', type: 'image/png', size: 10 })).toBeUndefined();
    expect(uploadProblem({ name: '证书.jpeg', type: 'image/jpeg', size: 10 })).toBeUndefined();
    const { deps, calls } = fakeDeps();
    await expect(uploadDocument(deps, 'prv_1', new File(['x'], 'a.zip', { type: 'application/zip' }))).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
