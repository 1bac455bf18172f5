import { vi } from 'vitest';
import { aGraphQLError } from './builders';

export interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/**
 * A fake GraphQL endpoint: answers by operation name and records what the console sent. Non-GraphQL
 * requests (a document's bytes PUT to storage) are answered 200 and recorded by URL in `uploads`.
 */
export function fakeEndpoint(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const sent: SentRequest[] & { uploads?: string[] } = [];
  sent.uploads = [];
  const fetchFake = vi.fn(async (url: string, init: RequestInit) => {
    if (init.method === 'PUT') {
      sent.uploads!.push(String(url));
      return new Response(null, { status: 200 });
    }
    const body = JSON.parse(String(init.body)) as { operationName: string; variables: Record<string, unknown> };
    const headers = new Headers(init.headers);
    sent.push({ operationName: body.operationName, variables: body.variables, authorization: headers.get('authorization') });
    const answer = answers[body.operationName];
    const payload = answer ? answer(body.variables) : { errors: [aGraphQLError('NOT_FOUND')] };
    return new Response(JSON.stringify(payload), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchFake);
  return sent;
}
