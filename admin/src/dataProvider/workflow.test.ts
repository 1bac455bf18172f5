import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractWorkflow } from '../contracts/contractApi';
import { aConnection, aGraphQLError } from '../testing/builders';
import { aContract, anActivity } from '../testing/domainBuilders';
import { fakeEndpoint } from '../testing/fakeEndpoint';
import { ApiError } from './errors';
import { createDataProvider } from './index';

const provider = () => createDataProvider({ graphqlUrl: 'http://api.test/graphql', getToken: () => 'tok' });
const page = (n: number) => ({ pagination: { page: n, perPage: 1 }, sort: { field: 'id', order: 'ASC' as const }, filter: { termId: 'trm_1' } });
const doc = (status: string) => ({
  id: 'doc_1',
  ownerId: 'ctr_1',
  fileName: 's.pdf',
  contentType: 'application/pdf',
  size: 4,
  status,
  archived: false,
  createdAt: '',
});

describe('data provider: workflow steps, documents and the domain lists', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('pages a term’s activities with cursors like every list', async () => {
    const sent = fakeEndpoint({
      ActivityList: (v) => ({
        data: {
          activities: aConnection([anActivity({ id: v.after ? 'act_2' : 'act_1' })], {
            totalCount: 2,
            hasNextPage: !v.after,
            endCursor: v.after ? 'c2' : 'c1',
          }),
        },
      }),
    });
    const dp = provider();
    await dp.getList('activities', page(1));
    const second = await dp.getList('activities', page(2));
    expect(second.data[0].id).toBe('act_2');
    expect(sent.map((r) => r.variables)).toEqual([
      { filter: { termId: 'trm_1' }, first: 1, after: null },
      { filter: { termId: 'trm_1' }, first: 1, after: 'c1' },
    ]);
  });

  it('runs a workflow step as a mutation with the version read, and starts the changed lists afresh', async () => {
    const sent = fakeEndpoint({
      ContractList: (v) => ({ data: { contracts: aConnection([aContract()], { totalCount: 2, hasNextPage: true, endCursor: v.after ? 'c2' : 'c1' }) } }),
      ContractCursor: () => ({ data: { contracts: { pageInfo: { hasNextPage: true, endCursor: 'c1' }, totalCount: 2 } } }),
      ActivateContract: () => ({ data: { activateContract: aContract({ status: 'ACTIVE', version: 4 }) } }),
    });
    const dp = provider();
    const list = { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' as const }, filter: {} };
    await dp.getList('contracts', list);
    await dp.getList('contracts', { ...list, pagination: { page: 2, perPage: 1 } });
    const { data } = await dp.execute(contractWorkflow.activate(aContract({ status: 'SIGNED', version: 3 })), { forget: ['contracts'] });
    expect(data).toMatchObject({ status: 'ACTIVE', version: 4 });
    expect(sent[2]).toMatchObject({ operationName: 'ActivateContract', variables: { id: 'ctr_1', expectedVersion: 3 }, authorization: 'Bearer tok' });
    // Page 2 after the change: no stale cursor, the list is walked again from the start.
    await dp.getList('contracts', { ...list, pagination: { page: 2, perPage: 1 } });
    expect(sent.slice(3).map((r) => r.operationName)).toEqual(['ContractCursor', 'ContractList']);
  });

  it('rejects a refused step with a coded ApiError', async () => {
    fakeEndpoint({ SignContract: () => ({ data: null, errors: [aGraphQLError('INVALID_TRANSITION', 'The provider is SUSPENDED')] }) });
    const error = await provider()
      .execute(contractWorkflow.sign(aContract({ status: 'DRAFT' }), null))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body).toMatchObject({ code: 'INVALID_TRANSITION', detail: 'The provider is SUSPENDED' });
  });

  it('uploads to the URL the API names, relative to the API when it is a path, then confirms', async () => {
    const sent = fakeEndpoint({
      RequestDocumentUpload: () => ({
        data: { requestDocumentUpload: { document: doc('PENDING'), url: '/documents/k?sig=s', method: 'PUT', headers: [], expiresAt: '' } },
      }),
      ConfirmDocumentUpload: () => ({ data: { confirmDocumentUpload: doc('UPLOADED') } }),
      DocumentDownload: () => ({ data: { documentDownload: { url: 'https://bucket.s3.test/k?X-Amz=1', expiresAt: '' } } }),
    });
    const dp = provider();
    const { data } = await dp.uploadDocument('ctr_1', new File(['%PDF'], 's.pdf', { type: 'application/pdf' }));
    expect(data.status).toBe('UPLOADED');
    expect(sent.uploads).toEqual(['http://api.test/documents/k?sig=s']);
    expect((await dp.documentUrl('doc_1')).data).toBe('https://bucket.s3.test/k?X-Amz=1');
  });

  it('reads the documents of an owner as one page', async () => {
    fakeEndpoint({ Documents: (v) => ({ data: { documents: [{ ...doc('UPLOADED'), ownerId: v.ownerId }] } }) });
    const result = await provider().getList('documents', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { ownerId: 'prv_1' },
    });
    expect(result).toMatchObject({ total: 1, data: [{ ownerId: 'prv_1' }] });
  });
});
