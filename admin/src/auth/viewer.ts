import { ApiError, fromGraphQLError, type GraphQLErrorLike } from '../dataProvider/errors';
import type { ViewerQuery } from '../generated/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/**
 * Asks the API who the token belongs to. Null means the API does not accept the token. Plain fetch,
 * not the data provider: the auth provider must work before (and without) any resource.
 */
export async function fetchViewer(graphqlUrl: string, token: string, fetchImpl: typeof fetch = fetch): Promise<Viewer | null> {
  const response = await fetchImpl(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName: 'Viewer', query: (await import('./viewerQuery')).viewerQuery }),
  });
  if (response.status === 401) return null;
  const body = (await response.json()) as { data?: ViewerQuery | null; errors?: GraphQLErrorLike[] };
  const [error] = body.errors ?? [];
  if (error) {
    const mapped = fromGraphQLError(error);
    if (mapped.code === 'UNAUTHENTICATED') return null;
    throw mapped;
  }
  if (!response.ok) throw new ApiError({ code: 'UNKNOWN', detail: `viewer query failed (HTTP ${response.status})` });
  return body.data?.viewer ?? null;
}
