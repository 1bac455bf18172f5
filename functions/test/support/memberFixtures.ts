import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import type { Viewer } from '../../src/auth/viewer';
import type { AnyEntity } from '../../src/db/batches';
import type { TestApi } from './api';

/** Runs an operation that must succeed; returns its data. */
export async function okData(api: TestApi, query: string, variables: Record<string, unknown> = {}, viewer?: Viewer) {
  const result = await api.exec(query, variables, viewer);
  expect(result.errors, `${query}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data!;
}

export const evaluationInput = (providerId: string, schoolId: string, date: string) => ({
  providerId,
  schoolId,
  kind: 'SPOT_CHECK',
  date,
  evaluator: '教务处 刘主任',
  scores: [
    { criterion: 'STANDARDISATION', score: 80 },
    { criterion: 'QUALITY', score: 90 },
  ],
});

export const recordEvaluation = (api: TestApi, input: Record<string, unknown>) =>
  okData(api, 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }', { input });

export const requestDocument = async (api: TestApi, ownerId: string, fileName = '营业执照.pdf') =>
  (
    await okData(api, 'mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } } }', {
      input: { ownerId, fileName, contentType: 'application/pdf', size: 100 },
    })
  ).requestDocumentUpload.document.id as string;

const keyOf = (entity: AnyEntity, id: string) => (entity.get({ id }).params() as { Key: Record<string, unknown> }).Key;

/** A parent's item as stored (to check its kept ids against its children). */
export async function storedItem(api: TestApi, entity: AnyEntity, id: string) {
  const out = await api.db.doc.send(new GetCommand({ TableName: api.db.config.tableName, Key: keyOf(entity, id), ConsistentRead: true }));
  return out.Item ?? {};
}

/** Makes a parent look like one stored before the member lists existed: no kept flag and no ids. */
export async function forgetMembers(api: TestApi, entity: AnyEntity, id: string, list: string) {
  await api.db.doc.send(
    new UpdateCommand({
      TableName: api.db.config.tableName,
      Key: keyOf(entity, id),
      UpdateExpression: 'REMOVE #ids, #kept',
      ExpressionAttributeNames: { '#ids': list, '#kept': `${list}Kept` },
    }),
  );
}

/** Makes a school as stored before term copies existed (schools/termCopies.ts): no copies, no revision. */
export async function forgetTermCopies(api: TestApi, entity: AnyEntity, id: string) {
  await api.db.doc.send(
    new UpdateCommand({
      TableName: api.db.config.tableName,
      Key: keyOf(entity, id),
      UpdateExpression: 'REMOVE termItems, termItemsKept, termsRevision',
    }),
  );
}

/** A connection's selection: everything a client can compare (cursors included). */
export const CONNECTION = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } }';

interface ConnectionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/**
 * Walks a list page by page with `first`, reading each page both nested and at the root with the same cursor and
 * expecting them equal; the next page starts at the nested page's end cursor. Returns the ids in order.
 */
export async function walkBoth(
  first: number,
  nested: (first: number, after: string | null) => Promise<ConnectionPage>,
  root: (first: number, after: string | null) => Promise<ConnectionPage>,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const [a, b]: ConnectionPage[] = await Promise.all([nested(first, after), root(first, after)]);
    expect(a, `first ${first} after ${after}`).toEqual(b);
    ids.push(...a.edges.map((edge) => edge.node.id));
    if (!a.pageInfo.hasNextPage) return ids;
    after = a.pageInfo.endCursor;
  }
  throw new Error('list did not end');
}
